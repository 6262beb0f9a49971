"""The moderators' page in a real headless Chromium (Debian's chromium + chromedriver through
Selenium): log in, work flagged seed comments by keyboard and by click, check what was stored."""

import shutil
import tempfile
from urllib.parse import urlencode

import pytest
from service_harness import TOXIC

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
SEED_URL = "https://example.org/blinken-lavrov"


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    profile = tempfile.mkdtemp(prefix="moderator-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1280,1000"):
        options.add_argument(flag)
    # An explicit driver path: selenium-manager never downloads anything.
    driver = webdriver.Chrome(service=DriverService(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver, condition, timeout=20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def login(driver, base, name, password):
    from selenium.webdriver.common.by import By

    driver.get(base + "/queue")
    assert "/login" in driver.current_url  # the queue needs a login
    driver.find_element(By.ID, "username").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.ID, "login").click()
    wait_for(driver, lambda d: "/queue" in d.current_url)


@pytest.fixture(scope="module")
def moderator_browser(service, browser):
    service.create_user("mod-browser", "browser-pass-123")
    login(browser, service.url, "mod-browser", "browser-pass-123")
    return browser


def test_moderator_works_flagged_seed_comments(service, seeded, moderator_browser):
    from selenium.webdriver.common.by import By

    browser = moderator_browser
    flagged = [c for c in seeded["comments"] if c["decision"] == "flag"]
    assert len(flagged) >= 2, f"the seed page should have flagged comments: {[c['decision'] for c in seeded['comments']]}"

    with service.db() as db:
        (article_key,) = db.execute("SELECT key FROM articles WHERE url = ?", (SEED_URL,)).fetchone()
    browser.get(service.url + "/queue?" + urlencode({"status": "pending", "article": article_key}))
    items = browser.find_elements(By.CSS_SELECTOR, "#queue > li.item")
    assert len(items) == len(flagged)
    assert all(item.find_element(By.CSS_SELECTOR, "a.article").text for item in items)  # the article's title
    first, second = items[0].get_attribute("data-id"), items[1].get_attribute("data-id")
    first_text = items[0].find_element(By.CSS_SELECTOR, "p.text").text
    assert first_text in {c["text"] for c in flagged}

    # Keyboard: the first comment is current; "r" removes it and moves to the next.
    browser.find_element(By.TAG_NAME, "body").send_keys("r")
    wait_for(browser, lambda d: "decided" in d.find_element(By.ID, f"comment-{first}").get_attribute("class"))
    assert "current" in browser.find_element(By.ID, f"comment-{second}").get_attribute("class")
    # Click: approve the second one.
    browser.find_element(By.CSS_SELECTOR, f"#comment-{second} button.approve").click()
    wait_for(browser, lambda d: "approved" in d.find_element(By.ID, f"comment-{second}").get_attribute("class"))

    with service.db() as db:
        rows = {row["id"]: row for row in db.execute(
            "SELECT c.id, c.status, c.reviewed_by, e.action, e.actor, e.scores, e.model_version, e.policy_digest "
            "FROM comments c JOIN events e ON e.comment_id = c.id AND e.action IN ('approve', 'remove') "
            "WHERE c.id IN (?, ?)", (int(first), int(second)))}
    assert rows[int(first)]["status"] == "removed" and rows[int(first)]["action"] == "remove"
    assert rows[int(second)]["status"] == "approved" and rows[int(second)]["actor"] == "user:mod-browser"
    assert all(row["model_version"] and row["policy_digest"] and row["scores"] for row in rows.values())

    # Reloaded, the queue no longer holds them; the history page shows the decision.
    browser.get(service.url + "/queue?" + urlencode({"status": "pending", "article": article_key}))
    remaining = {i.get_attribute("data-id") for i in browser.find_elements(By.CSS_SELECTOR, "#queue > li.item")}
    assert first not in remaining and second not in remaining
    browser.get(f"{service.url}/queue/comments/{first}")
    history = browser.find_element(By.ID, "history").text
    assert "user:mod-browser" in history and "remove" in history


def test_hostile_comment_text_is_shown_as_text(service, publisher, moderator_browser):
    from selenium.webdriver.common.by import By

    browser = moderator_browser
    hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> ' + TOXIC
    result = publisher.post("/v1/moderate", json={"comments": [{"id": "xss-1", "text": hostile, "article_id": "xss-story"}]}).json()["results"][0]
    status = {"flag": "pending", "remove": "removed"}[result["decision"]]
    with service.db() as db:
        (pk,) = db.execute("SELECT id FROM comments WHERE external_id = 'xss-1'").fetchone()
    for path in (f"/queue?status={status}&article=xss-story", f"/queue/comments/{pk}"):
        browser.get(service.url + path)
        element = browser.find_element(By.ID, f"comment-{pk}")
        assert element.find_element(By.CSS_SELECTOR, "p.text").text == hostile
        assert browser.execute_script("return window.pwned === undefined")
        assert not element.find_elements(By.TAG_NAME, "img")
