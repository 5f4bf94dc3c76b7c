package org.claimtrail.server.api;

/** The OpenAPI 3 description of the API, kept next to the routes it describes. */
final class OpenApi {
  private OpenApi() {}

  static String document() {
    return """
        {
          "openapi": "3.0.3",
          "info": {"title": "Claimtrail API", "version": "1", "description": "Attributed claims, their clusters, origins and status."},
          "paths": {
            "/api/v1/clusters": {"get": {"summary": "Claim clusters, largest first", "parameters": [
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
            "/api/v1/sources": {"get": {"summary": "Track records of sources", "responses": {"200": {"description": "Sources"}}}}
          }
        }
        """;
  }
}
