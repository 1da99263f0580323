// The interactive documentation as a person meets it: /docs in headless Chromium (Debian's package,
// driven by playwright-core), every operation rendered, and "Try it out" on POST /api/v1/auth/login
// signing in for real. Exits non-zero on the first surprise.
import { chromium } from "playwright-core";

const base = process.env.BASTION_URL ?? "http://127.0.0.1:8080";
const password = process.env.BASTION_ADMIN_PASSWORD ?? "";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const failures = [];
  page.on("pageerror", (error) => failures.push(error.message));
  await page.goto(`${base}/docs/`);
  await page.waitForSelector(".opblock", { timeout: 30_000 });
  const operations = await page.locator(".opblock").count();
  if (operations < 30) {
    throw new Error(`only ${operations} operations rendered`);
  }
  console.log(`ok  /docs renders ${operations} operations`);

  const login = page.locator("#operations-Authentication-login");
  await login.locator(".opblock-summary").click();
  await login.locator("button.try-out__btn").click();
  await login.locator("textarea.body-param__text").fill(JSON.stringify({ username: "admin", password }));
  await login.locator("button.execute").click();
  const status = login.locator(".live-responses-table tbody tr.response td.response-col_status").first();
  await status.waitFor({ timeout: 30_000 });
  const code = (await status.innerText()).trim();
  const body = await login.locator(".live-responses-table tbody tr.response td.response-col_description pre").first().innerText();
  if (!code.startsWith("200") || !body.includes("accessToken")) {
    throw new Error(`Try it out on login answered ${code}: ${body.slice(0, 300)}`);
  }
  console.log(`ok  Try it out on POST /api/v1/auth/login: ${code}, a token came back`);
  if (failures.length > 0) {
    throw new Error(`the page raised: ${failures.join("; ")}`);
  }
} finally {
  await browser.close();
}
