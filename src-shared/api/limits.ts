const KB = 1024;
const MB = 1024 * KB;

/** What a request may carry when its operation is not in `REQUEST_LIMITS`. */
export const DEFAULT_REQUEST_LIMIT = 20 * MB;

/**
 * The one table of request sizes, by operation: the most content (the bytes of its files and its other fields) one
 * request may carry. The operations' file fields take their maximum from here, and the loopback HTTP door refuses a
 * larger request (413, naming this limit) before reading it whole, allowing for base64's extra third on the wire.
 * Operations that are not listed carry no files and get `DEFAULT_REQUEST_LIMIT`. (The contract checks that every
 * name here is one of its operations.)
 */
export const REQUEST_LIMITS = {
  /** Spreadsheets of the pool or the nominations. */
  'import.preview': 50 * MB,
  'import.commit': 50 * MB,
  /** An earlier year's list of studios for the register. */
  'register.importPreview': 50 * MB,
  'register.import': 50 * MB,
  /** A PDF or an image attached to a nomination. */
  'attachments.add': 50 * MB,
  /** The scan of a subsidy voucher (a bank slip, an invoice), kept like a nomination's attachment. */
  'ledger.grant': 50 * MB,
  'ledger.expense': 50 * MB,
  /** The title dictionary as edited in Excel. */
  'titles.importXlsx': 20 * MB,
  /** A draw protocol (100,000 experts make about 22 MB). */
  'draw.verify': 150 * MB,
  'session.importPackage': 75 * MB,
  /** An issued session package: the screened nominations and the rules (200 nominations make well under 1 MB). */
  'package.import': 20 * MB,
  /** Expert laptops' score files, all of a USB stick at once. */
  'score.importFiles': 75 * MB,
  'keys.preview': 64 * KB,
  'keys.enrol': 64 * KB,
  /**
   * A bundle folder picked in the page travels in one request; above this the page asks for the folder's path
   * instead (the back end then reads the folder itself). A 200 × 25 bundle with its printouts is about 15 MB.
   */
  'bundle.verify': 192 * MB,
  'bundle.import': 192 * MB,
} as const satisfies Record<string, number>;

/** The most one request to `operation` may carry. */
export function requestLimit(operation: string): number {
  return Object.prototype.hasOwnProperty.call(REQUEST_LIMITS, operation)
    ? REQUEST_LIMITS[operation as keyof typeof REQUEST_LIMITS]
    : DEFAULT_REQUEST_LIMIT;
}

/**
 * What an imported spreadsheet (pool, nominations, title dictionary) may hold. An xlsx is a zip: a few hundred KB
 * can declare or inflate to gigabytes, and a sheet of a million rows takes minutes to parse, so these are checked
 * before the file is parsed (the zip's directory, then the inflated bytes and rows as they are read).
 */
export const IMPORT_LIMITS = {
  /** All of an xlsx's parts together, inflated (as declared, and as actually inflated); a CSV file's size. */
  totalBytes: 50 * MB,
  /** Any one part of an xlsx, inflated. */
  entryBytes: 50 * MB,
  /** Parts of an xlsx (a workbook has a few dozen; pictures add one each). */
  entries: 10_000,
  /** Rows of one sheet, or records of a CSV file, title and header rows included. */
  rows: 100_000,
  /** Problems listed in a preview or a refusal; the rest are counted. */
  listedProblems: 200,
  /** Characters of a cell value quoted in a message; longer values end in an ellipsis. */
  echoedChars: 80,
} as const;
