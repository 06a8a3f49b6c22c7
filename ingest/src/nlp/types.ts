// A dependency parse of a document, as the deep engine's syntax patterns read it. Offsets are UTF-16 code
// units into the document text (the same space as every other span), so a token maps straight to evidence.

export interface Token {
  /** 1-based index in its sentence (0 is the dependency root). */
  index: number;
  word: string;
  lemma: string;
  /** Penn Treebank tag. */
  pos: string;
  start: number;
  end: number;
}

/** One Universal Dependencies edge (enhanced++ where the parser gives it). */
export interface Dependency {
  /** Relation name, e.g. nsubj, obj, nmod:of, appos, acl:relcl. */
  dep: string;
  /** Token index of the head, 0 for the root. */
  governor: number;
  dependent: number;
}

export interface ParsedSentence {
  start: number;
  end: number;
  tokens: Token[];
  deps: Dependency[];
}

/** The parse of one document's text, sentence by sentence, in order. */
export type DocumentParse = ParsedSentence[];
