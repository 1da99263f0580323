// A short flow through a client generated from the served OpenAPI document (openapi-typescript +
// openapi-fetch), written as a frontend developer would: no casts, every error read through the
// Problem type the document declares. Exits non-zero on the first surprise.
import createClient from "openapi-fetch";
import type { components, paths } from "./api.js";

type Problem = components["schemas"]["Problem"];

const base = process.env.BASTION_URL ?? "http://127.0.0.1:8080";
const password = process.env.BASTION_ADMIN_PASSWORD ?? "";
const api = createClient<paths>({ baseUrl: base });
const tag = `c${Date.now().toString(36)}`;

function expectProblem(problem: Problem | undefined, status: number, code: Problem["code"], step: string): Problem {
  if (problem === undefined) {
    throw new Error(`${step}: expected ${status} ${code}, got success`);
  }
  if (problem.status !== status || problem.code !== code) {
    throw new Error(`${step}: expected ${status} ${code}, got ${problem.status} ${problem.code}: ${problem.detail ?? ""}`);
  }
  console.log(`ok  ${step}: ${problem.status} ${problem.code} (request ${problem.requestId})`);
  return problem;
}

function expectValue<T>(value: T | undefined, step: string): T {
  if (value === undefined) {
    throw new Error(`${step}: no body`);
  }
  console.log(`ok  ${step}`);
  return value;
}

async function main(): Promise<void> {
  const wrong = await api.POST("/api/v1/auth/login", { body: { username: "admin", password: "not-the-password" } });
  expectProblem(wrong.error, 401, "INVALID_CREDENTIALS", "wrong password");

  const signedIn = await api.POST("/api/v1/auth/login", { body: { username: "admin", password } });
  const tokens = expectValue(signedIn.data, "sign in");
  const auth = { headers: { Authorization: `Bearer ${tokens.accessToken}` } };

  const me = await api.GET("/api/v1/auth/me", auth);
  const profile = expectValue(me.data, "who am I");

  const dept = await api.POST("/api/v1/depts", { ...auth, body: { parentId: profile.deptId ?? "", name: `Dept ${tag}` } });
  const created = expectValue(dept.data, "create a department");

  const user = { username: `${tag}_user`, password: "client-pass-12345", deptId: created.id };
  const first = await api.POST("/api/v1/users", { ...auth, body: user });
  const ann = expectValue(first.data, "create a user");

  const again = await api.POST("/api/v1/users", { ...auth, body: user });
  const duplicate = expectProblem(again.error, 409, "CONFLICT", "the same username again");
  if (!(duplicate.errors ?? []).some((error) => error.field === "username")) {
    throw new Error(`the conflict names no field 'username': ${JSON.stringify(duplicate)}`);
  }

  const listed = await api.GET("/api/v1/users", { ...auth, params: { query: { username: tag, size: 10 } } });
  const page = expectValue(listed.data, "list users");
  if (!page.items.some((item) => item.id === ann.id) || page.total < 1) {
    throw new Error(`the new user is not listed: ${JSON.stringify(page)}`);
  }

  const tooSmall = await api.GET("/api/v1/users", { ...auth, params: { query: { size: 0 } } });
  const invalid = expectProblem(tooSmall.error, 400, "VALIDATION_ERROR", "size=0");
  if (!(invalid.errors ?? []).some((error) => error.field === "size")) {
    throw new Error(`the problem names no field 'size': ${JSON.stringify(invalid)}`);
  }

  const out = await api.POST("/api/v1/auth/logout", auth);
  if (out.response.status !== 204) {
    throw new Error(`logout: expected 204, got ${out.response.status}`);
  }
  console.log("ok  sign out");

  const dead = await api.GET("/api/v1/auth/me", auth);
  expectProblem(dead.error, 401, "UNAUTHORIZED", "the token after sign-out");
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
