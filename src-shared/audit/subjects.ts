declare const kind: unique symbol;

/**
 * What an audit row is about, as the one builder of its kind wrote it. The kind exists only for the compiler: the
 * row holds the plain text, so a reader (the bundle check) finds a row by building the same text again.
 */
export type AuditSubject<K extends string = SubjectKind> = string & { readonly [kind]: K };

const as = <K extends string>(text: string) => text as AuditSubject<K>;

export const auditSubject = {
  session: (sessionId: string) => as<'session'>(`session:${sessionId}`),
  /** One expert of a session: their lock, sign-off, score file or PIN. */
  sessionExpert: (sessionId: string, expertId: string) => as<'sessionExpert'>(`session:${sessionId}/${expertId}`),
  /** One cell of an expert's score sheet. */
  scoreCell: (sessionId: string, expertId: string, nominationId: string) => as<'scoreCell'>(`session:${sessionId}/${expertId}/${nominationId}`),
  draw: (drawId: string) => as<'draw'>(`draw:${drawId}`),
  nomination: (nominationId: string) => as<'nomination'>(`nomination:${nominationId}`),
  expert: (expertId: string) => as<'expert'>(`expert:${expertId}`),
  year: (year: number) => as<'year'>(`year:${year}`),
  key: (keyId: string) => as<'key'>(`key:${keyId}`),
  /** A file or folder taken in (or refused) by its name: a spreadsheet, a score file, a result bundle. */
  file: (name: string) => as<'file'>(`file:${name}`),
  /** A studio of the register, by its register number (e.g. 2026-JKWWT-01). */
  studio: (studioId: string) => as<'studio'>(`studio:${studioId}`),
  unit: (code: string) => as<'unit'>(`unit:${code}`),
  recommendingUnit: (code: string) => as<'recommendingUnit'>(`recommending-unit:${code}`),
  title: (titleKey: string) => as<'title'>(`title:${titleKey}`),
  titleDictionary: () => as<'titleDictionary'>('title-dictionary'),
  /** The setting's own key, without a prefix: so the first version wrote it, and old rows must keep meaning it. */
  setting: (key: string) => as<'setting'>(key),
} as const;

export type SubjectKind = keyof typeof auditSubject;


