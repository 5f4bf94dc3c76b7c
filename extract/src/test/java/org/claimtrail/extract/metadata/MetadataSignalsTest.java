package org.claimtrail.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Each metadata signal on small pages written for the purpose. */
class MetadataSignalsTest {
  private final MetadataExtractor extractor = new MetadataExtractor();

  private PageMetadata read(String html, String url) {
    return extractor.extract(Jsoup.parse(html, url), Optional.of(url));
  }

  @Test
  void bylinesAsPagesWriteThem() {
    assertEquals(List.of("Jane Roe", "John Doe"), Bylines.names("By JANE ROE and John Doe, Staff Writers | Updated 3:46 PM".replace("JANE ROE", "Jane Roe")));
    assertEquals(List.of("Sébastien Farcis"), Bylines.names("Par Sébastien Farcis"));
    assertEquals(List.of("Tia Ghose"), Bylines.names("by Tia Ghose, Staff Writer | October 29, 2014 07:38am ET"));
    assertEquals(List.of("Pete Cashmore"), Bylines.names("By Pete Cashmore2010-01-01 09:32:17 UTC"));
    assertEquals(List.of("Sharon Grigsby"), Bylines.names("Sharon Grigsby Follow @SharonFGrigsby Email sgrigsby@dallasnews.com"));
    assertEquals(List.of("Daniel Kahn Gillmor"), Bylines.names("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, Technology Project"));
    assertEquals(List.of("Ari Wasserman"), Bylines.names("Ari Wasserman, Northeast Ohio Media Group"));
    assertEquals(List.of("Joseph E Stiglitz"), Bylines.names("By Joseph E Stiglitz"), "a capital E is an initial, not 'and'");
    assertEquals(List.of(), Bylines.names("National Desk"));
    assertEquals(List.of(), Bylines.names("Staff"));
    assertEquals(List.of("Bruno (Henrique Zecchin) Rodrigues"), Bylines.structured("Bruno (Henrique Zecchin) Rodrigues"));
  }

  @Test
  void datesWrittenForReaders() {
    assertEquals(Optional.of(LocalDate.of(2015, 3, 2)), DateText.find("Updated 10:03 AM ET, Mon March 2, 2015"));
    assertEquals(Optional.of(LocalDate.of(2016, 12, 22)), DateText.find("Published 22nd Dec 2016"));
    assertEquals(Optional.of(LocalDate.of(2014, 12, 25)), DateText.find("11:57 AM 12/25/2014"));
    assertEquals(Optional.of(LocalDate.of(2015, 4, 30)), DateText.find("30.04.2015 à 07:19"));
    assertEquals(Optional.empty(), DateText.find("Edition 17 of 20"));
    assertEquals(Optional.of(Instant.parse("2014-12-29T00:00:00Z")), Dates.fromUrl("https://x.example/news/20141229/story"));
  }

  @Test
  void jsonLdAuthorByIdInAGraphAndCdata() {
    String html = "<html><head><script type='application/ld+json'>//<![CDATA[\n{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"Person\",\"@id\":\"https://x.example/#/schema/person/1\",\"name\":\"Eva Muster\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Mayor denies rumour\",\"datePublished\":\"2021-05-04\",\"author\":{\"@id\":\"https://x.example/#/schema/person/1\"}}]}\n//]]></script>"
        + "</head><body><h1>Something else</h1></body></html>";
    PageMetadata m = read(html, "https://x.example/a");
    assertEquals(List.of("Eva Muster"), m.authors());
    assertEquals(Instant.parse("2021-05-04T00:00:00Z"), m.published().orElseThrow());
  }

  @Test
  void theVisibleHeadlineThatTheTitleConfirmsWins() {
    String html = "<html><head><title>Storm closes the coast road | The Daily Example</title>"
        + "<meta property='og:site_name' content='The Daily Example'><meta property='og:title' content='You will not believe this storm'></head>"
        + "<body><header><h1>The Daily Example</h1></header><article><h1>Storm closes the coast road</h1></article></body></html>";
    assertEquals("Storm closes the coast road", read(html, "https://daily.example/s").title().orElseThrow());
    String noH1 = "<html><head><title>Storm closes the coast road - The Daily Example</title></head><body><p>x</p></body></html>";
    assertEquals("Storm closes the coast road", read(noH1, "https://www.dailyexample.com/s").title().orElseThrow(), "the host names the site");
  }

  @Test
  void aCommentersNameAndDateAreNotTheArticles() {
    String html = "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        + "<p>By <a href='/a/jr'>Jane Roe</a></p><time datetime='2020-03-01T10:00:00Z'>March 1</time>"
        + "<time class='updated' datetime='2020-03-05T10:00:00Z'>March 5</time><p>The bridge reopened.</p></article>"
        + "<section id='comments'><div class='comment'><span class='comment-author byline'>Troll Person</span>"
        + "<time datetime='2019-01-01T00:00:00Z' pubdate>Jan 1</time></div></section></body></html>";
    PageMetadata m = read(html, "https://x.example/b");
    assertEquals(List.of("Jane Roe"), m.authors());
    assertEquals(Instant.parse("2020-03-01T10:00:00Z"), m.published().orElseThrow());
  }

  @Test
  void aPublisherFromThePromotionLinesOnlyWhenTheTextSpellsIt() {
    assertEquals(Optional.of("Kyiv Post"), PromotedPublisher.find(List.of("Kyiv Post spoke with the director.", "Follow our coverage of the war on the @Kyivpost_official.")));
    assertEquals(Optional.empty(), PromotedPublisher.find(List.of("The minister spoke.", "Follow us on @dailynewsbot")), "a handle alone names nobody");
    assertEquals(Optional.empty(), PromotedPublisher.find(List.of("Kyiv Post spoke with the director.", "Reporters wrote to @Kyivpost_official")), "no promotion cue");
    assertTrue(PromotedPublisher.stem("Kyivpost_official").equals("kyivpost"));
  }
}
