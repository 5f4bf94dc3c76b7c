package org.claimtrail.ingest.warc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Lets the forbidden-APIs check pass a class that needs a JDK API it lists, with the reason. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {
  String reason();
}
