package org.claimtrail.server;

import org.claimtrail.server.auth.TokenCheck;
import org.claimtrail.server.upload.UploadReceiver;
import org.claimtrail.store.ArticleQueries;
import org.claimtrail.store.Edits;
import org.claimtrail.store.EntityQueries;
import org.claimtrail.store.Queries;
import org.claimtrail.store.Store;
import org.claimtrail.store.Uploads;
import org.claimtrail.store.search.SearchIndex;

/** What the routes use, built once per server: the store's views, the index, the token check. */
public record Services(Queries queries, ArticleQueries articles, EntityQueries entities, Edits edits, Uploads uploads, SearchIndex index,
    TokenCheck tokens, UploadReceiver receiver, ServerOptions options) {

  public static Services of(Store store, SearchIndex index, ServerOptions options) {
    Uploads uploads = new Uploads(store);
    return new Services(new Queries(store), new ArticleQueries(store), new EntityQueries(store), new Edits(store), uploads, index,
        new TokenCheck(options.token()), new UploadReceiver(options, uploads), options);
  }
}
