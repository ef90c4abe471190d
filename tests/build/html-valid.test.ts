import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from './dist.ts';

describe('built HTML', () => {
  it('validates with html-validate (recommended and document rules, .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
