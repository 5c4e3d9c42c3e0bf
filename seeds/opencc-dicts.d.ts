// OpenCC's character tables as opencc-js ships them (`a b|c d`: each character and its form in the other script); the package types only its converters.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export = dict;
}
