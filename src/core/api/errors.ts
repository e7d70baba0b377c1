/**
 * Every error the HTTP API can answer, by code. The server answers `{error, message, fields?}`:
 * `error` is one of these codes, `message` the English sentence below (or a more precise English
 * one) for programs and logs, `fields` the problems of single fields (./problems.ts). People never
 * read `message`: the app shows the translation of the code (errors.json in src/app/i18n/locales;
 * a unit test fails when a code has no translation in a language, or when a server file answers a
 * code that is not here).
 */

export const API_ERRORS = {
  // The request itself (answered by the mount before any handler runs).
  invalid_request: { status: 400, message: 'the request is not valid' },
  invalid_json: { status: 400, message: 'the request body is not valid JSON' },
  too_deep: { status: 400, message: 'the request body is nested too deeply' },
  bad_request: { status: 400, message: 'the request could not be read' },
  value_not_storable: { status: 400, message: 'the request holds a value that cannot be stored (out of range or not valid text)' },
  too_large: { status: 413, message: 'the request body is too large' },
  unsupported_media_type: { status: 415, message: 'send JSON (Content-Type: application/json)' },
  invalid_utf8: { status: 400, message: 'the request body is not valid UTF-8 text' },
  not_found: { status: 404, message: 'no such route' },
  rate_limited: { status: 429, message: 'too many requests; wait a minute and try again' },
  conflict: { status: 409, message: 'the request conflicts with data already stored' },
  server_error: { status: 500, message: 'the server could not finish this request; it will be retried' },
  server_unavailable: { status: 503, message: 'the server is restarting or overloaded; it will be retried' },
  database_unavailable: { status: 503, message: 'the database is not reachable' },

  // Who is calling.
  login_required: { status: 401, message: 'log in to the console' },
  exhibitor_login_required: { status: 401, message: 'log in with your exhibitor account' },
  unauthorized: { status: 401, message: 'this device is not paired or was revoked; pair it again' },
  forbidden: { status: 403, message: 'this device may not do this' },
  device_mismatch: { status: 403, message: 'deviceId does not match the token' },
  not_allowed: { status: 403, message: 'not allowed' },
  cross_origin: { status: 403, message: 'refused: not from this server’s own pages; open the page at the server’s own address' },
  setup_local_only: { status: 403, message: 'create the first account from the server itself (open http://localhost:PORT/console there)' },

  // Accounts and logins.
  account_exists: { status: 409, message: 'an organizer account already exists; log in instead' },
  username_taken: { status: 409, message: 'this user name is taken' },
  bad_username: { status: 400, message: 'a user name has 3 to 60 letters, digits or . _ @ -' },
  weak_password: { status: 400, message: 'the password is too short' },
  bad_credentials: { status: 401, message: 'wrong username or password' },
  locked: { status: 429, message: 'too many failed logins; wait 15 minutes' },
  login_disabled: { status: 403, message: 'this login has been switched off by the organizer; ask them' },

  // Pairing.
  pairing_invalid: { status: 404, message: 'this pairing code is not valid (it may have been used already)' },
  pairing_expired: { status: 410, message: 'this pairing code has expired; create a new one in the console' },
  pairing_withdrawn: { status: 410, message: 'this pairing code was withdrawn because many wrong codes were tried while it was open; create a new one in the console' },
  pairing_locked: { status: 429, message: 'too many wrong pairing codes from this device recently; wait 15 minutes and try again' },
  booth_needs_exhibitor: { status: 400, message: 'a booth device belongs to an exhibitor: choose one' },
  exhibitor_only_for_booth: { status: 400, message: 'only booth devices belong to an exhibitor' },

  // Things that are not there.
  device_not_found: { status: 404, message: 'no such device, or it is already revoked' },
  exhibitor_not_found: { status: 404, message: 'no such exhibitor in this event' },
  exhibitor_login_not_found: { status: 404, message: 'no such exhibitor login in this event' },
  visitor_not_found: { status: 404, message: 'no such visitor in this event' },
  merge_not_found: { status: 404, message: 'no such merge' },
  survey_not_found: { status: 404, message: 'no such survey' },
  survey_version_not_found: { status: 404, message: 'the survey has no such version' },
  case_not_found: { status: 404, message: 'no such case' },
  photo_not_found: { status: 404, message: 'no photo here (yet)' },
  edition_not_found: { status: 404, message: 'no such edition' },
  customer_not_found: { status: 404, message: 'no such customer' },
  customer_move_not_found: { status: 404, message: 'no such change of links or suggestion' },

  // Refused for what the data says.
  same_person: { status: 409, message: 'these records already belong to one person' },
  merge_already_undone: { status: 409, message: 'this merge was undone already' },
  merged_again: { status: 409, message: 'the person was merged again since: undo that merge first' },
  step_refused: { status: 409, message: 'this step cannot be taken from the case’s current state' },
  correction_invalid: { status: 400, message: 'this value is not one of the taxonomy’s' },
  card_reading_busy: { status: 429, message: 'the server is reading other cards; send this one again after the wait in Retry-After' },
  not_an_image: { status: 400, message: 'the file is not an image that can be read' },
  photo_type_mismatch: { status: 400, message: 'the photo is not the image type it claims to be' },
  edition_taken: { status: 409, message: 'this edition number of the show exists already' },
  customer_invalid: { status: 400, message: 'a value given for the customer is not valid' },
  customer_move_refused: { status: 409, message: 'this change of links cannot be made' },
  lead_of_other_exhibitor: { status: 403, message: 'this lead belongs to another exhibitor' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(API_ERRORS, code);
}
