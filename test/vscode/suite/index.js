// Mocha runner loaded by VS Code's extension host (extensionTestsPath). Plain CommonJS.
const fs = require('fs');
const path = require('path');
const mochaModule = require('mocha'); // mocha 12 is ESM; require() gives its namespace
const Mocha = mochaModule.default || mochaModule.Mocha || mochaModule;

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    const go = async () => {
      if (typeof mocha.loadFilesAsync === 'function') await mocha.loadFilesAsync();
      mocha.run((failures) => {
        console.log(`vscode suite: ${failures ? `${failures} failed` : 'all passed'}`);
        if (failures) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    };
    go().catch(reject);
  });
};
