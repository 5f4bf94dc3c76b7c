package org.claimtrail.server.api;

/** The OpenAPI 3 description of the API, kept next to the routes it describes. */
final class OpenApi {
  private OpenApi() {}

  static String document() {
    return """
        {
          "openapi": "3.0.3",
          "info": {"title": "Claimtrail API", "version": "1", "description": "Attributed claims, their clusters, origins and status. Errors are {title, status, details}. Write endpoints need the API token (Authorization: Bearer TOKEN)."},
          "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
          "paths": {
            "/api/v1/clusters": {"get": {"summary": "Claim clusters, largest (sort=size) or most recently changed (sort=newest) first", "parameters": [
              {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["size", "newest"]}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
              {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}}],
              "responses": {"200": {"description": "A page of clusters"}, "400": {"description": "Bad parameter"}}}},
            "/api/v1/clusters/{id}": {"get": {"summary": "A cluster with members, origins and status history",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "The cluster"}, "404": {"description": "No such cluster"}}}},
            "/api/v1/claims": {"get": {"summary": "Claims by or about an entity, in publication order", "parameters": [
              {"name": "entity", "in": "query", "schema": {"type": "string"}},
              {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "Claims"}}}},
            "/api/v1/search": {"get": {"summary": "Full-text search (Lucene syntax) with filters", "parameters": [
              {"name": "q", "in": "query", "schema": {"type": "string"}},
              {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["claim", "article"]}},
              {"name": "stance", "in": "query", "schema": {"type": "string"}},
              {"name": "source", "in": "query", "schema": {"type": "string"}},
              {"name": "entity", "in": "query", "schema": {"type": "string"}},
              {"name": "publisher", "in": "query", "schema": {"type": "string"}},
              {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
              {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}}],
              "responses": {"200": {"description": "Hits with highlighted snippets"}, "400": {"description": "Unreadable query"}}}},
            "/api/v1/check": {"get": {"summary": "Check a claim against the stored articles: the related ones by stance (agree, disagree, discuss; most confident first), each with the sentences that decided it and the attributed claims in them",
              "parameters": [
              {"name": "claim", "in": "query", "required": true, "description": "The claim in plain words (1 to 2,000 characters)", "schema": {"type": "string"}},
              {"name": "limit", "in": "query", "description": "At most this many related articles (default 10)", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}],
              "responses": {"200": {"description": "{claim, candidates, unrelated, seconds, articles: [{article_id, stance, confidence, label, publisher, url, published, evidence: [{start, end, sentence, similarity, claims: [{id, source, cue, stance, content}]}]}]}"},
                "400": {"description": "No claim, an overlong one, or a bad limit"}, "503": {"description": "Claim checks are off on this server"}}}},
            "/api/v1/sources": {"get": {"summary": "Track records of sources", "responses": {"200": {"description": "Sources"}}}},
            "/api/v1/timeline": {"get": {"summary": "Same as /api/v1/claims", "responses": {"200": {"description": "Claims"}}}},
            "/api/v1/articles": {"get": {"summary": "Articles, newest first", "parameters": [
              {"name": "publisher", "in": "query", "schema": {"type": "string"}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
              {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}}],
              "responses": {"200": {"description": "A page of articles"}}}},
            "/api/v1/articles/{id}": {"get": {"summary": "An article: clean text, claims with offsets and clusters, removed boilerplate, near-duplicate group",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "The article"}, "404": {"description": "No such article"}}}},
            "/api/v1/entities": {"get": {"summary": "Entities, most mentioned first", "parameters": [
              {"name": "q", "in": "query", "description": "Substring of the name or an alias", "schema": {"type": "string"}},
              {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["PERSON", "ORGANIZATION", "COUNTRY", "PLACE", "MEDIA", "OTHER"]}},
              {"name": "limit", "in": "query", "schema": {"type": "integer"}}, {"name": "offset", "in": "query", "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "A page of entities"}}}},
            "/api/v1/entities/{id}": {"get": {"summary": "An entity: aliases, roles, claims by and about it, track record",
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
              "responses": {"200": {"description": "The entity"}, "404": {"description": "No such entity"}}}},
            "/api/v1/aliases": {
              "get": {"summary": "Analysts' aliases", "responses": {"200": {"description": "Aliases"}}},
              "post": {"summary": "Add an alias (used by later ingests)", "security": [{"token": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["alias", "canonical", "type"],
                  "properties": {"alias": {"type": "string"}, "canonical": {"type": "string"}, "type": {"type": "string"}}}}}},
                "responses": {"201": {"description": "Added"}, "400": {"description": "Bad alias"}, "401": {"description": "No token"}, "403": {"description": "Wrong token"}}}},
            "/api/v1/clusters/{id}/status": {"post": {"summary": "Override a cluster's status, with a reason; kept across linking runs", "security": [{"token": []}],
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["status", "reason"],
                "properties": {"status": {"type": "string", "enum": ["claimed", "corroborated", "confirmed", "disputed", "retracted"]}, "reason": {"type": "string"}}}}}},
              "responses": {"201": {"description": "Saved"}, "400": {"description": "Bad status or reason"}, "401": {"description": "No token"},
                "403": {"description": "Wrong token"}, "404": {"description": "No such cluster"}}}},
            "/api/v1/ingest": {"post": {"summary": "Upload files (any format the CLI reads) to ingest in the background", "security": [{"token": []}],
              "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object",
                "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}},
              "responses": {"202": {"description": "Accepted: the job id and its status URL"}, "400": {"description": "No files"}, "401": {"description": "No token"},
                "403": {"description": "Wrong token"}, "413": {"description": "Over the size limit"}, "503": {"description": "Uploads are off"}}}},
            "/api/v1/ingest/{job}": {"get": {"summary": "An ingest job: state of each file, counts, and errors naming each bad record",
              "parameters": [{"name": "job", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "responses": {"200": {"description": "The job"}, "404": {"description": "No such job"}}}}
          }
        }
        """;
  }
}
