// opencc-js ships types for its converters, not for the dictionaries under its "./*" export.
declare module 'opencc-js/dict/TSCharacters' {
  /** "T S|T S S2|…": each traditional character with its simplified forms. */
  const characters: string;
  export default characters;
}
