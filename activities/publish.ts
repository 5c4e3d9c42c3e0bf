// publishAgenda: the conference agenda as Markdown under the data folder (议程), one file per session.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgendaItem, SessionRecord } from '../workflows/messages';

export interface AgendaDocument {
  planId: string;
  conferenceName: string;
  session: SessionRecord;
  items: AgendaItem[];
}

export function agendaMarkdown(doc: AgendaDocument): string {
  const lines = [
    `# ${doc.conferenceName} 第${doc.session.no}次会议议程`,
    '',
    `- 计划：${doc.planId}`,
    `- 时间：${doc.session.heldAt}`,
    `- 召集方式：${doc.session.convenedBy === 'office' ? '办公室提请' : '例会'}`,
    '',
    '| 事项 | 任务 | 类型 | 对象 | 期限 | 牵头单位 | 摘要 |',
    '|---|---|---|---|---|---|---|',
    ...doc.items.map(
      (i) =>
        `| ${i.itemId} | ${i.taskNo} | ${i.kind === 'milestoneOverdue' ? '任务逾期' : '配合单位逾期'} | ${i.subject} | ${i.due ?? '—'} | ${i.leadUnits.join('、')} | ${i.summary.replace(/\|/g, '｜')} |`,
    ),
  ];
  if (doc.items.length === 0) lines.push('| — | — | — | — | — | — | 本期无提交事项 |');
  return lines.join('\n') + '\n';
}

/** Writes `<dataDir>/agendas/<plan>/session-<n>.md`; rewriting the same session is harmless. */
export async function writeAgenda(dataDir: string, doc: AgendaDocument): Promise<string> {
  const dir = join(dataDir, 'agendas', doc.planId);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `session-${doc.session.no}.md`);
  await writeFile(file, agendaMarkdown(doc));
  return file;
}
