import { createRequire } from 'node:module';

/**
 * The fake GitHub's REST side checked against GitHub's published OpenAPI description
 * (@octokit/openapi, api.github.com): the route and method exist, query parameters and body fields
 * are ones GitHub documents (required ones present), the status code is one the route documents, and
 * the answer's fields are ones the schema names, with the documented types. Returns problems as text.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  additionalProperties?: boolean | Schema;
  enum?: unknown[];
};
interface Operation {
  parameters?: Array<{ $ref?: string; name?: string; in?: string; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

let description: Description | undefined;
function spec(): Description {
  description ??= createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as Description;
  return description;
}

function resolve<T>(value: T & { $ref?: string }): T {
  let current: unknown = value;
  for (let depth = 0; depth < 10 && current && typeof current === 'object' && '$ref' in current && typeof (current as { $ref: unknown }).$ref === 'string'; depth++) {
    const [, , section, name] = (current as { $ref: string }).$ref.split('/');
    current = spec().components[section as string]?.[name as string];
  }
  return current as T;
}

/** The OpenAPI operation for a route template such as `POST /repos/{owner}/{repo}/labels`. */
export function openApiOperation(route: string): Operation | undefined {
  const [method = '', path = ''] = route.split(' ');
  return spec().paths[path]?.[method.toLowerCase()];
}

/** What the fake received and answered for one REST request, checked against the description. */
export function checkRestExchange(route: string, query: Record<string, string>, body: unknown, status: number, answer: unknown): string[] {
  const operation = openApiOperation(route);
  if (!operation) return [`${route}: no such route in GitHub's OpenAPI description`];
  const problems: string[] = [];
  const parameters = (operation.parameters ?? []).map((parameter) => resolve(parameter));
  const known = new Set(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  for (const name of Object.keys(query)) if (!known.has(name)) problems.push(`${route}: query parameter '${name}' is not documented`);
  const requestSchema = operation.requestBody?.content?.['application/json']?.schema;
  // A request the fake accepted must be a valid one; a refused one (4xx) may be anything.
  if (body !== undefined && requestSchema && status < 300) problems.push(...checkValue(resolve(requestSchema), body, `${route} request body`, true));
  const response = operation.responses[String(status)];
  // GitHub answers 401, 403 and 404 on any route (bad token, no permission, no such resource), and
  // 422 where it validates (a dispatch with an undeclared input or a missing ref), though the
  // description lists them only on some routes.
  if (!response && [401, 403, 404, 422].includes(status)) return problems;
  if (!response) problems.push(`${route}: status ${status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})`);
  else if (status < 300) {
    const schema = resolve(response).content?.['application/json']?.schema;
    if (schema && answer !== undefined) problems.push(...checkValue(resolve(schema), answer, `${route} ${status} answer`, false));
  }
  return problems;
}

/** Checks a value's shape: documented fields only, required ones present, JSON types as declared. */
function checkValue(schemaIn: Schema, value: unknown, where: string, strictRequired: boolean, depth = 0): string[] {
  const schema = resolve(schemaIn);
  if (!schema || depth > 12) return [];
  if (value === null) return schema.nullable || (Array.isArray(schema.type) && schema.type.includes('null')) || schema.type === undefined ? [] : [`${where}: null where the schema allows none`];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const results = alternatives.map((alternative) => checkValue(alternative, value, where, strictRequired, depth + 1));
    return results.some((result) => result.length === 0) ? [] : (results[0] ?? []);
  }
  if (schema.allOf) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf.map((entry) => resolve(entry))) {
      Object.assign(merged.properties as object, part.properties);
      (merged.required as string[]).push(...(part.required ?? []));
    }
    return checkValue(merged, value, where, strictRequired, depth + 1);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${where}: ${actual} where the schema says ${types.join(' or ')}`];
  if (Array.isArray(value)) return schema.items ? value.slice(0, 20).flatMap((item, index) => checkValue(schema.items as Schema, item, `${where}[${index}]`, strictRequired, depth + 1)) : [];
  if (typeof value !== 'object' || !schema.properties) return [];
  const problems: string[] = [];
  const record = value as Record<string, unknown>;
  for (const [name, field] of Object.entries(record)) {
    const declared = schema.properties[name];
    if (!declared) {
      if (schema.additionalProperties === undefined || schema.additionalProperties === false) problems.push(`${where}: field '${name}' is not in GitHub's schema`);
      continue;
    }
    problems.push(...checkValue(declared, field, `${where}.${name}`, strictRequired, depth + 1));
  }
  for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${where}: required field '${name}' is missing`);
  return problems;
}
