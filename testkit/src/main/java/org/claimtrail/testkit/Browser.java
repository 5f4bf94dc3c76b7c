package org.claimtrail.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its ChromeDriver (both installed by run-tests), with the
 * flags this machine's closed network needs, at a laptop's window size.
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;

  public Browser(Path profileDir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--user-data-dir=" + profileDir);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves a PNG of the visible page as target/screenshots/NAME.png. */
  public void screenshot(String name) throws java.io.IOException {
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** Runs a script in the page and returns its value. */
  public Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
