import { DEFAULT_LIMIT, MAX_LIMIT } from '../app/report-api.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const PARAMS = {
  from: param('from', 'earliest date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive', {
    type: 'string',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  }),
  to: param('to', 'latest date, inclusive', { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
  place: param('place', 'place id or name'),
  source: param('source', 'source id, name or alias (outlet name for documents and provenance)'),
  status: param('status', 'asserted, claimed, denied or unverified', {
    type: 'string',
    enum: ['asserted', 'claimed', 'denied', 'unverified'],
  }),
  limit: param('limit', `page size (default ${DEFAULT_LIMIT})`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT }),
  offset: param('offset', 'items to skip', { type: 'integer', minimum: 0 }),
};
const type = (description: string) => param('type', description);

const ERRORS = {
  '400': { description: 'a malformed or unknown parameter', content: { 'application/json': { schema: ref('Error') } } },
  '404': { description: 'no report stored yet', content: { 'application/json': { schema: ref('Error') } } },
};

function list(summary: string, item: string, params: object[]) {
  return {
    get: {
      summary,
      parameters: [...params, PARAMS.limit, PARAMS.offset],
      responses: {
        '200': {
          description: 'one page',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['total', 'limit', 'offset', 'items'],
                properties: {
                  total: { type: 'integer', description: 'items matching the filters, over all pages' },
                  limit: { type: 'integer' },
                  offset: { type: 'integer' },
                  items: {
                    type: 'array',
                    items: { type: 'object', description: `a contract ${item} (contract/report.md)` },
                  },
                },
              },
            },
          },
        },
        ...ERRORS,
      },
    },
  };
}

/** The OpenAPI 3.1 description of the JSON API (items are described by the report contract, contract/report.md). */
export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version,
      description:
        'The latest situation report in the store, re-read on every request. Spans are {doc, start, end}: UTF-16 ' +
        'offsets into the document text (GET /api/documents/{id}).',
    },
    paths: {
      '/api/report': {
        get: {
          summary: 'the whole latest report (the JSON contract) with its id and time',
          responses: { '200': { description: 'the report' }, '404': ERRORS['404'] },
        },
      },
      '/api/documents': list('documents', 'Document', [PARAMS.from, PARAMS.to, PARAMS.source]),
      '/api/documents/{id}': {
        get: {
          summary: 'one document with its text',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'the document and its text (null when the store lacks it)' }, ...ERRORS },
        },
      },
      '/api/events': list('events', 'Event', [
        PARAMS.from,
        PARAMS.to,
        PARAMS.place,
        type('event_type or sub_event_type'),
        PARAMS.source,
        PARAMS.status,
      ]),
      '/api/claims': list('claims', 'Claim', [PARAMS.from, PARAMS.to, type('the cue'), PARAMS.source, PARAMS.status]),
      '/api/places': list('places', 'Place', [PARAMS.place, type('feature or ISO country code')]),
      '/api/casualties': list('casualty figures', 'CasualtyFigure', [
        PARAMS.from,
        PARAMS.to,
        PARAMS.place,
        type('outcome or category'),
        PARAMS.source,
      ]),
      '/api/provenance': list('provenance links', 'Link', [type('relation'), PARAMS.source]),
      '/api/sources': list('sources', 'Source', [type('kind'), PARAMS.source]),
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'message'],
          properties: { error: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  };
}
