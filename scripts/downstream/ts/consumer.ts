// A TypeScript consumer of the contract, written as a user of the service
// would write it: types from openapi-typescript, every call through
// openapi-fetch. Compiling it under `tsc --strict` proves that the generated
// types cover all twelve operations; running it against a mock of the
// contract (Prism) proves that the contract's examples make a usable mock:
// every list's pager ends, creates answer PENDING, cancel answers CANCELLED,
// and a v2 create without a document or a configuration is refused.
//
// usage: node build/consumer.js BASE_URL
import createClient from "openapi-fetch";
import type { components, paths } from "./gen/schema.js";

type Schemas = components["schemas"];

/** A list answer: the shape all three list operations share. */
interface Page<T> {
  items: T[];
  next_page_token?: string | null;
  total_size?: number | null;
}

/** The most pages a pager may follow before it is taken to never end. */
const maxPages = 50;

const baseUrl = process.argv[2];
if (baseUrl === undefined) {
  console.error("usage: node build/consumer.js BASE_URL");
  process.exit(2);
}

const client = createClient<paths>({
  baseUrl,
  headers: { Authorization: "Bearer downstream-check" },
});

const rules: Schemas["ClassifierRule"][] = [
  { type: "invoice", description: "contains invoice number, line items, and total amount" },
];

let passed = 0;
let failed = 0;

/** Runs one check, prints its outcome, and returns its value (undefined when it failed). */
async function check<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    const value = await run();
    passed++;
    console.log(`ok    ${name}`);
    return value;
  } catch (err) {
    failed++;
    console.log(`FAIL  ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** Returns value, or throws when an earlier check that produces it failed. */
function need<T>(value: T | undefined, from: string): T {
  if (value === undefined) {
    throw new Error(`cannot run: ${from} failed`);
  }
  return value;
}

/**
 * Fails unless the answer has the expected status and the mock found nothing
 * wrong with the exchange (Prism reports violations in `sl-violations`).
 */
function expectStatus(response: Response, want: number, error: unknown): void {
  if (response.status !== want) {
    throw new Error(`status ${response.status}, want ${want}: ${JSON.stringify(error)}`);
  }
  const violations = response.headers.get("sl-violations");
  if (violations !== null) {
    throw new Error(`the mock reports violations: ${violations}`);
  }
}

/** Returns the answer's data, failing when it has none. */
function body<T>(data: T | undefined): T {
  if (data === undefined) {
    throw new Error("the answer has no body");
  }
  return data;
}

/**
 * Follows next_page_token from the first page to the last and returns every
 * item. It ends when the token is absent, null or empty; a token seen twice,
 * or more than maxPages pages, means the pager would never end. On the last
 * page a total_size, when given, must count the items of all pages.
 */
async function collectPages<T>(
  list: string,
  fetchPage: (pageToken: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page = await fetchPage(token);
    items.push(...page.items);
    const next = page.next_page_token;
    if (next === undefined || next === null || next === "") {
      if (page.total_size !== undefined && page.total_size !== null && page.total_size !== items.length) {
        throw new Error(`${list}: total_size ${page.total_size}, but ${items.length} item(s) in ${pages} page(s)`);
      }
      console.log(`      ${list}: ${pages} page(s), ${items.length} item(s), then no next_page_token`);
      return items;
    }
    if (seen.has(next)) {
      throw new Error(`${list}: next_page_token ${JSON.stringify(next)} came back on page ${pages}; the pager never ends`);
    }
    seen.add(next);
    token = next;
  }
  throw new Error(`${list}: still a next_page_token after ${maxPages} pages; the pager never ends`);
}

/** The uuid of a file id: the v1 API and the file paths take `dfl-<uuid>` without its prefix. */
function fileUUID(fileId: string): string {
  return fileId.startsWith("dfl-") ? fileId.slice("dfl-".length) : fileId;
}

// Files.

const file = await check("UploadFile: multipart upload answers 201 with a dfl- file id", async () => {
  const content = new Blob(["INVOICE 2026-117\nTotal due: 120.00 EUR\n"], { type: "text/plain" });
  const { data, error, response } = await client.POST("/api/v1/beta/files", {
    body: { file: content, purpose: "classify", external_file_id: "sha256-9f86d081884c7d65" },
    bodySerializer(form) {
      const fd = new FormData();
      fd.append("file", form.file, "invoice.txt");
      fd.append("purpose", form.purpose);
      if (form.external_file_id !== undefined && form.external_file_id !== null) {
        fd.append("external_file_id", form.external_file_id);
      }
      return fd;
    },
  });
  expectStatus(response, 201, error);
  const uploaded: Schemas["FileV2"] = body(data);
  if (!uploaded.id.startsWith("dfl-")) {
    throw new Error(`file id ${uploaded.id} does not start with dfl-`);
  }
  return uploaded;
});

await check("ListFiles: the pager ends", async () => {
  const uploaded = need(file, "UploadFile");
  const files = await collectPages<Schemas["FileV2"]>("ListFiles", async (pageToken) => {
    const { data, error, response } = await client.GET("/api/v1/beta/files", {
      params: {
        query: {
          page_size: 100,
          file_ids: [fileUUID(uploaded.id)],
          expand: ["download_url"],
          ...(pageToken === undefined ? {} : { page_token: pageToken }),
        },
      },
    });
    expectStatus(response, 200, error);
    return body(data);
  });
  if (files.length === 0) {
    throw new Error("no file listed");
  }
});

await check("GetFile: by the uuid of the uploaded file's id", async () => {
  const uploaded = need(file, "UploadFile");
  const { data, error, response } = await client.GET("/api/v1/beta/files/{file_id}", {
    params: { path: { file_id: fileUUID(uploaded.id) }, query: { expand: ["download_url"] } },
  });
  expectStatus(response, 200, error);
  const got = body(data);
  if (got.name.length === 0) {
    throw new Error("the file has no name");
  }
});

// v1 classifier jobs.

const v1Job = await check("CreateClassifierJob: answers PENDING", async () => {
  const uploaded = need(file, "UploadFile");
  const { data, error, response } = await client.POST("/api/v1/classifier/jobs", {
    body: { file_ids: [fileUUID(uploaded.id)], rules, mode: "FAST", parsing_configuration: { lang: "en", max_pages: 5 } },
  });
  expectStatus(response, 200, error);
  const job: Schemas["ClassifyJob"] = body(data);
  if (job.status !== "PENDING") {
    throw new Error(`status ${job.status}, want PENDING`);
  }
  return job;
});

await check("ListClassifierJobs: the pager ends", async () => {
  await collectPages<Schemas["ClassifyJob"]>("ListClassifierJobs", async (pageToken) => {
    const { data, error, response } = await client.GET("/api/v1/classifier/jobs", {
      params: { query: { page_size: 20, ...(pageToken === undefined ? {} : { page_token: pageToken }) } },
    });
    expectStatus(response, 200, error);
    return body(data);
  });
});

await check("GetClassifierJob: the created job", async () => {
  const job = need(v1Job, "CreateClassifierJob");
  const { data, error, response } = await client.GET("/api/v1/classifier/jobs/{classify_job_id}", {
    params: { path: { classify_job_id: job.id } },
  });
  expectStatus(response, 200, error);
  const got = body(data);
  if (got.id !== job.id) {
    throw new Error(`job ${got.id}, want ${job.id}`);
  }
});

await check("GetClassifierJobResults: every result names its job", async () => {
  const job = need(v1Job, "CreateClassifierJob");
  const { data, error, response } = await client.GET("/api/v1/classifier/jobs/{classify_job_id}/results", {
    params: { path: { classify_job_id: job.id } },
  });
  expectStatus(response, 200, error);
  const results = body(data);
  if (results.items.length === 0) {
    throw new Error("no result");
  }
  for (const item of results.items) {
    if (item.classify_job_id !== job.id) {
      throw new Error(`a result names job ${item.classify_job_id}, want ${job.id}`);
    }
  }
  if (results.next_page_token !== undefined && results.next_page_token !== null) {
    throw new Error(`next_page_token ${results.next_page_token}, but the results come in one answer`);
  }
});

// v2 classify.

const v2Job = await check("CreateClassifyJob: answers PENDING", async () => {
  const uploaded = need(file, "UploadFile");
  const { data, error, response } = await client.POST("/api/v2/classify", {
    body: { file_input: uploaded.id, configuration: { rules }, transaction_id: "invoice-2026-11-3f1d2c9e" },
  });
  expectStatus(response, 200, error);
  const job: Schemas["ClassifyV2JobResponse"] = body(data);
  if (job.status !== "PENDING") {
    throw new Error(`status ${job.status}, want PENDING`);
  }
  return job;
});

// The types allow these bodies (every field is optional on its own); the
// contract's `not` refuses a body without a document or a configuration.
const incomplete: [string, Schemas["ClassifyV2JobCreateRequest"]][] = [
  ["{}", {}],
  ["a document alone", { file_input: "dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e" }],
  ["a configuration alone", { configuration: { rules } }],
];
for (const [what, request] of incomplete) {
  await check(`CreateClassifyJob: ${what} answers 422`, async () => {
    const { error, response } = await client.POST("/api/v2/classify", { body: request });
    if (response.status !== 422) {
      throw new Error(`status ${response.status}, want 422`);
    }
    if (error === undefined || !Array.isArray(error.detail)) {
      throw new Error(`the 422 answer is not a list of problems: ${JSON.stringify(error)}`);
    }
    console.log(`      the mock's reasons: ${response.headers.get("sl-violations") ?? "(none given)"}`);
  });
}

await check("ListClassifyJobs: the pager ends", async () => {
  const job = need(v2Job, "CreateClassifyJob");
  await collectPages<Schemas["ClassifyV2JobResponse"]>("ListClassifyJobs", async (pageToken) => {
    const { data, error, response } = await client.GET("/api/v2/classify", {
      params: {
        query: { page_size: 100, job_ids: [job.id], ...(pageToken === undefined ? {} : { page_token: pageToken }) },
      },
    });
    expectStatus(response, 200, error);
    return body(data);
  });
});

await check("GetClassifyJob: the created job", async () => {
  const job = need(v2Job, "CreateClassifyJob");
  const { data, error, response } = await client.GET("/api/v2/classify/{job_id}", {
    params: { path: { job_id: job.id } },
  });
  expectStatus(response, 200, error);
  const got = body(data);
  if (got.id !== job.id) {
    throw new Error(`job ${got.id}, want ${job.id}`);
  }
});

await check("CancelClassifyJob: answers CANCELLED", async () => {
  const job = need(v2Job, "CreateClassifyJob");
  const { data, error, response } = await client.POST("/api/v2/classify/{job_id}/cancel", {
    params: { path: { job_id: job.id } },
  });
  expectStatus(response, 200, error);
  const cancelled = body(data);
  if (cancelled.status !== "CANCELLED") {
    throw new Error(`status ${cancelled.status}, want CANCELLED`);
  }
});

// Last, as a user would: the file is no longer needed.

await check("DeleteFile: answers 204", async () => {
  const uploaded = need(file, "UploadFile");
  const { error, response } = await client.DELETE("/api/v1/beta/files/{file_id}", {
    params: { path: { file_id: fileUUID(uploaded.id) } },
  });
  expectStatus(response, 204, error);
});

console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
