/**
 * A schema made on its first use instead of when its module loads. zod builds each object and union when it
 * is made, and core.js runs on every preview page before its Python can start: the schemas it needs only
 * when a message arrives or a config is read cost that start about 4 ms on a 2-core machine if made at load.
 */
export function lazySchema<Schema>(make: () => Schema): () => Schema {
  let schema: Schema | undefined;
  return () => (schema ??= make());
}
