// Small things remembered on this laptop between sessions (never personal data).

const LAST_PLACE = "escale.lastPlaceId";
const LAST_PLACE_TYPE = "escale.lastPlaceType";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered: the next form starts without it.
  }
}

/** The place of activity used last: the bus stop of the day. */
export const lastPlaceId = () => read(LAST_PLACE);
export const rememberPlaceId = (id: string) => write(LAST_PLACE, id);

export const lastPlaceType = () => read(LAST_PLACE_TYPE);
export const rememberPlaceType = (placeType: string) => write(LAST_PLACE_TYPE, placeType);
