// The window's Fluent files travel parsed (vite.config.ts parses them when the UI is built, with
// the same @fluent/bundle parser), as JSON. This turns that JSON back into the resource the
// parser would have made in the window.

import { FluentResource } from "@fluent/bundle";

/** A Fluent file, parsed: a FluentResource's body. */
export type ParsedFluent = FluentResource["body"];

/**
 * The resource of a file parsed ahead, from its body read back from JSON. The parser keeps each
 * message's attributes in an object without prototype (so that an attribute named "toString"
 * is not found on every message); JSON gives ordinary objects, made prototype-free again here.
 */
export function resourceFromParsed(body: ParsedFluent): FluentResource {
  for (const entry of body) entry.attributes = Object.assign(Object.create(null), entry.attributes);
  const resource = Object.create(FluentResource.prototype) as FluentResource;
  resource.body = body;
  return resource;
}
