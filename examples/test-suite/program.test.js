/* global require, process */
// A user's own test suite: starts the emulator, points the real `pulumi` CLI at it (both APIs, so
// nothing reaches IONOS), runs the program up and down, and checks what the emulator saw.
// Run with `node --test` in this directory (the pulumi CLI on PATH).
"use strict";
const assert = require("node:assert/strict");
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { test } = require("node:test");
const { emulatorSettings, startEmulator } = require("pulumi-ionos-s3key/emulator");

const USER = "0f1e2d3c-4b5a-4678-9abc-def012345678";

test("the program makes one key for the user, and destroy removes it", async () => {
  const emulator = await startEmulator({ requestDelayMs: 20 });
  const env = {
    ...process.env,
    ...emulatorSettings(emulator.url, emulator.options.token),
    PULUMI_BACKEND_URL: `file://${mkdtempSync(join(tmpdir(), "backend-"))}`,
    PULUMI_CONFIG_PASSPHRASE: "test",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true", // the plugins come with the packages
  };
  // Asynchronously: the emulator runs in this process and must go on answering while pulumi runs.
  const pulumi = async (...args) =>
    (await promisify(execFile)("pulumi", [...args, "--non-interactive"], { env, encoding: "utf8" })).stdout;
  try {
    await pulumi("stack", "init", "test");
    await pulumi("config", "set", "userId", USER);
    await pulumi("up", "--yes");
    const keys = emulator.keys(USER);
    assert.equal(keys.length, 1);
    assert.equal((await pulumi("stack", "output", "accessKeyId")).trim(), keys[0].id);
    assert.ok(!(await pulumi("stack", "export")).includes(keys[0].secretKey), "the secret is encrypted in the state");
    await pulumi("destroy", "--yes");
    assert.deepEqual(emulator.keys(USER), []);
  } finally {
    await emulator.close();
  }
});
