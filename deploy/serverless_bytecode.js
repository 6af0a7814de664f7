'use strict';

// A local Serverless v3 plugin (serverless.yml lists it after serverless-python-requirements, whose hooks on
// the same events therefore run first): once the zip holds the code and the dependencies, deploy/bytecode.py
// adds hash-checked bytecode for the runtime's Python to it, before Serverless hashes the artifact for the
// function version. `serverless package`, `deploy` and `deploy function` all go through these hooks.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

class LambdaBytecode {
  constructor(serverless, options, { log } = {}) {
    this.serverless = serverless;
    this.log = log;
    this.hooks = {
      'after:package:createDeploymentArtifacts': () => this.compile(),
      'after:deploy:function:packageFunction': () => this.compile(),
    };
  }

  fail(message) {
    throw new this.serverless.classes.Error(message, 'LAMBDA_BYTECODE_FAILED');
  }

  // The zips Serverless built in this run (under .serverless/), never an artifact someone brought along.
  artifacts() {
    const service = this.serverless.service;
    const built = path.join(this.serverless.serviceDir, '.serverless') + path.sep;
    const named = [service.package && service.package.artifact];
    for (const func of Object.values(service.functions || {})) named.push(func.package && func.package.artifact);
    const zips = named
      .filter(Boolean)
      .map((artifact) => path.resolve(this.serverless.serviceDir, artifact))
      .filter((artifact) => artifact.startsWith(built) && fs.existsSync(artifact));
    return [...new Set(zips)];
  }

  runtime() {
    const provider = this.serverless.service.provider;
    const runtimes = new Set(
      Object.values(this.serverless.service.functions || {}).map((func) => func.runtime || provider.runtime)
    );
    if (runtimes.size !== 1) this.fail(`one Python runtime expected for the bytecode, found ${[...runtimes]}`);
    return [...runtimes][0];
  }

  compile() {
    const runtime = this.runtime();
    const custom = (this.serverless.service.custom || {}).pythonRequirements || {};
    const python = custom.pythonBin || runtime;
    const zips = this.artifacts();
    if (zips.length === 0) this.fail('no packaged zip found to add bytecode to');
    const script = path.join(__dirname, 'bytecode.py');
    const result = spawnSync(python, [script, '--runtime', runtime, ...zips], { encoding: 'utf8' });
    if (result.error) this.fail(`could not run ${python}: ${result.error.message}`);
    if (result.status !== 0) this.fail(`${path.relative(process.cwd(), script)} failed:\n${result.stderr}`);
    for (const line of result.stdout.trim().split('\n')) {
      if (this.log) this.log.info(line);
    }
  }
}

module.exports = LambdaBytecode;
