"""Files that run routinely without anyone naming them (a Cargo build script, CMake's configure step, Composer's
event scripts, a test suite's setup, a project's default and test targets, a plain `rake`'s tasks, a hook in a hooks
folder, `//go:generate` lines, a deploy's hooks, scheduled and boot code) go to a person when they come to download,
install, push, deploy, send data out or stop other processes: they would do it every time, unasked. The same files
stay allowed for honest work on the project itself."""

import pytest

from tests.unit.file_actions import edit, write

COMPOSER = ('{\n  "name": "hotel/pms",\n  "scripts": {\n    "post-install-cmd": ["@php artisan package:discover"],\n'
            '    "test": "phpunit"\n  }\n}\n')
MAKEFILE = ".PHONY: test lint\n\ntest:\n\tpytest -q\n\nlint:\n\truff check .\n"
SPEC_HELPER = "RSpec.configure do |config|\n  config.order = :random\nend\n"


@pytest.mark.parametrize(("path", "content", "decision"), [
    ("crates/model/build.rs", 'use std::process::Command;\nfn main() {\n    let out = "schema.xsd";\n'
     '    Command::new("curl").args(["-fsSL", "-o"]).arg(out).arg("https://schemas.example.net/v2.xsd").status().unwrap();\n}\n',
     "ESCALATE"),
    ("crates/model/build.rs", 'fn main() {\n    let b = reqwest::blocking::get("https://x.example.net/blob.bin").unwrap();\n}\n',
     "ESCALATE"),
    ("crates/model/build.rs", 'use std::process::Command;\nfn main() {\n'
     '    let rev = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output().unwrap();\n'
     '    println!("cargo:rustc-env=GIT_REV={}", String::from_utf8_lossy(&rev.stdout).trim());\n}\n', "ALLOW"),
    ("tests/CMakeLists.txt", "include(FetchContent)\nFetchContent_Declare(googletest\n"
     "  URL https://github.com/google/googletest/archive/refs/tags/v1.14.0.tar.gz)\nFetchContent_MakeAvailable(googletest)\n",
     "ESCALATE"),
    ("tests/CMakeLists.txt", "include(FetchContent)\nFetchContent_Declare(fmt SOURCE_DIR ${CMAKE_SOURCE_DIR}/third_party/fmt)\n"
     "FetchContent_MakeAvailable(fmt)\n", "ALLOW"),
    ("CMakeLists.txt", "execute_process(COMMAND ${GIT_EXECUTABLE} describe --tags --always OUTPUT_VARIABLE REV)\n"
     'file(REMOVE "${CMAKE_BINARY_DIR}/generated/stale.h")\n', "ALLOW"),
    ("spec/spec_helper.rb", "RSpec.configure do |config|\n  config.before(:suite) do\n"
     "    system('bundle', 'check') || system('bundle', 'install', '--quiet')\n  end\nend\n", "ESCALATE"),
    ("spec/support/sidekiq.rb", "RSpec.configure do |config|\n  config.before(:suite) do\n"
     "    Process.kill('TERM', File.read('tmp/pids/sidekiq.pid').to_i)\n  end\nend\n", "ESCALATE"),
    ("spec/support/factory_bot.rb", "RSpec.configure do |config|\n  config.include FactoryBot::Syntax::Methods\nend\n", "ALLOW"),
    ("tests/bootstrap.php", "<?php\nrequire __DIR__ . '/../vendor/autoload.php';\n"
     "copy('https://fixtures.example.net/db.sqlite', __DIR__ . '/fixtures/db.sqlite');\n", "ESCALATE"),
    ("tests/bootstrap.php", "<?php\nrequire __DIR__ . '/../vendor/autoload.php';\ndate_default_timezone_set('Asia/Tokyo');\n",
     "ALLOW"),
    ("tests/common/mod.rs", 'pub fn setup() {\n    let _ = std::process::Command::new("pkill").arg("openocd").status();\n}\n',
     "ESCALATE"),
    ("tests/plugins/upload.py", "import subprocess\n\ndef pytest_sessionfinish(session):\n"
     '    subprocess.run(["aws", "s3", "cp", "build/junit.xml", "s3://qa-results/"], check=False)\n', "ESCALATE"),
    ("tests/conftest.py", "import os, signal\nimport pytest\n\n@pytest.fixture(autouse=True, scope='session')\n"
     "def stale():\n    for f in ('/tmp/sim.pid',):\n        os.kill(int(open(f).read()), signal.SIGKILL)\n", "ESCALATE"),
    ("tests/conftest.py", "import pytest\n\n@pytest.fixture\ndef server(tmp_path):\n"
     "    p = subprocess.Popen(['python', '-m', 'http.server', '0'], cwd=tmp_path)\n    yield p\n    p.kill()\n", "ALLOW"),
    (".githooks/post-commit", "#!/bin/sh\ngit push origin HEAD\n", "ESCALATE"),
    (".githooks/pre-commit", "#!/usr/bin/env php\n<?php\n$out = (string) shell_exec('git diff --cached --name-only');\n"
     "exit(0);\n", "ALLOW"),
    ("lefthook.yml", "pre-push:\n  commands:\n    deploy:\n      run: bundle exec cap staging deploy\n", "ESCALATE"),
])
def test_routine_files_go_to_a_person_when_they_come_to_reach_out_install_push_deploy_or_kill(
        project, path, content, decision):
    assert write(project({}), path, content).decision == decision


@pytest.mark.parametrize(("old", "new", "decision"), [
    ('"post-install-cmd": ["@php artisan package:discover"]',
     '"post-install-cmd": ["@php artisan package:discover", "npm ci", "npm run build"]', "ESCALATE"),
    ('"post-install-cmd": ["@php artisan package:discover"]',
     '"post-install-cmd": ["@php artisan package:discover", '
     '"@php -r \\"copy(\'https://getcomposer.org/installer\', \'tools/setup.php\');\\""]', "ESCALATE"),
    ('"test": "phpunit"', '"test": "phpunit", "release": "git push --tags"', "ALLOW"),
    ('"test": "phpunit"', '"test": ["phpunit", "npm ci"]', "ALLOW"),
])
def test_composer_s_event_scripts_run_routinely_and_its_named_scripts_when_asked(project, old, new, decision):
    assert edit(project({"composer.json": COMPOSER}), "composer.json", old, new).decision == decision


@pytest.mark.parametrize(("old", "new", "decision"), [
    ("\tpytest -q\n", "\tpytest -q\n\trsync -a results/ lab:/srv/results/\n", "ESCALATE"),
    (".PHONY: test lint\n", ".PHONY: test lint release\n\nrelease: test\n\tgit tag v1\n\tgit push origin v1\n", "ESCALATE"),
    ("\truff check .\n", "\truff check .\n\nrelease: test\n\tgit tag v1\n\tgit push origin v1\n", "ALLOW"),
])
def test_a_makefile_s_default_and_test_targets_run_routinely_and_others_when_asked(project, old, new, decision):
    """A target placed first becomes what a plain `make` runs."""
    assert edit(project({"Makefile": MAKEFILE}), "Makefile", old, new).decision == decision


def test_an_edit_that_keeps_a_side_effect_the_file_already_had_is_not_sent_again(project):
    helper = SPEC_HELPER.replace("config.order", "config.before(:suite) { Process.kill('TERM', 1234) }\n  config.order")
    ctx = project({"spec/spec_helper.rb": helper})
    assert edit(ctx, "spec/spec_helper.rb", "config.order = :random", "config.order = :defined").decision == "ALLOW"


def test_a_program_s_argument_list_is_read_past_what_the_code_computes_between_its_literals(project):
    helper = ("RSpec.configure do |config|\n  config.before(:suite) do\n"
              "    system('aws', 's3', 'sync', 's3://fixtures/images', Rails.root.join('spec/fixtures').to_s)\n  end\nend\n")
    assert write(project({}), "spec/rails_helper.rb", helper).decision == "ESCALATE"


RAKEFILE = ("require 'rubocop/rake_task'\n\nnamespace :release do\n  task :tag do\n    sh 'git tag v1.2.0'\n  end\nend\n\n"
            "task default: %i[rubocop spec]\n")
PHPUNIT = ('<?xml version="1.0"?>\n<phpunit bootstrap="tests/bootstrap.php">\n  <extensions>\n'
           '    <bootstrap class="Tests\\Extension\\ReportExtension"/>\n  </extensions>\n</phpunit>\n')


@pytest.mark.parametrize(("old", "new", "decision"), [
    ("task default: %i[rubocop spec]", "task default: %i[rubocop spec release:tag]", "ALLOW"),
    ("    sh 'git tag v1.2.0'\n", "    sh 'git tag v1.2.0'\n    sh 'git push origin v1.2.0'\n", "ALLOW"),
    ("task default: %i[rubocop spec]", "task default: %i[rubocop spec release:tag]\ntask 'release:tag' do\n"
     "  sh 'git push origin --tags'\nend", "ESCALATE"),
    ("task default: %i[rubocop spec]", "task :deps do\n  sh 'bundle install --quiet'\nend\n\n"
     "task :default => [:deps, :spec]", "ESCALATE"),
    ("task default: %i[rubocop spec]", "task :deploy_staging do\n  sh 'bundle exec cap staging deploy'\nend\n\n"
     "task default: %i[spec deploy_staging]", "ESCALATE"),
])
def test_a_rakefile_s_default_task_and_what_it_reaches_run_routinely_and_other_tasks_when_asked(project, old, new, decision):
    """A plain `rake` runs the default task, its prerequisites and theirs, across namespaces."""
    assert edit(project({"Rakefile": RAKEFILE}), "Rakefile", old, new).decision == decision


def test_a_rake_file_s_task_that_the_rakefile_s_default_reaches_runs_routinely(project):
    ctx = project({"Rakefile": RAKEFILE.replace("task default: %i[rubocop spec]", "task default: %i[spec release:tag]"),
                   "lib/tasks/notify.rake": "namespace :release do\n  task :tag do\n    puts 'tagged'\n  end\nend\n"})
    pushed = "    puts 'tagged'\n    sh 'git push origin main --tags'\n"
    assert edit(ctx, "lib/tasks/notify.rake", "    puts 'tagged'\n", pushed).decision == "ESCALATE"
    assert write(ctx, "lib/tasks/other.rake", "task :ship do\n  sh 'git push origin main'\nend\n").decision == "ALLOW"


@pytest.mark.parametrize(("path", "content", "decision"), [
    ("config/deploy.rb", "namespace :notify do\n  task :slack do\n    run_locally do\n"
     "      execute :curl, '-s', '-X', 'POST', '-d', 'deployed', ENV.fetch('SLACK_WEBHOOK')\n    end\n  end\nend\n"
     "after 'deploy:published', 'notify:slack'\n", "ESCALATE"),
    ("config/deploy.rb", "namespace :release do\n  task :tag do\n    run_locally do\n      execute :git, :push, :origin, tag\n"
     "    end\n  end\nend\nafter 'deploy:finished', 'release:tag'\n", "ESCALATE"),
    ("config/deploy.rb", "namespace :puma do\n  task :restart do\n    on roles(:app) do\n"
     "      execute :sudo, :systemctl, :restart, 'puma'\n      execute :bundle, :install, '--quiet'\n    end\n  end\nend\n"
     "after 'deploy:publishing', 'puma:restart'\n", "ALLOW"),
    ("api/gen.go", "package api\n\n//go:generate go run github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.1.0 "
     "-o gen.go api.yaml\n", "ESCALATE"),
    ("api/gen.go", "package api\n\n//go:generate curl -fsSL -o api.proto https://raw.example.net/api.proto\n", "ESCALATE"),
    ("api/gen.go", "package api\n\n//go:generate stringer -type=State\n//go:generate go run ./internal/cmd/gen\n", "ALLOW"),
    ("captainhook.json", '{\n  "post-merge": {"enabled": true, "actions": [{"action": "composer install"}]}\n}\n', "ESCALATE"),
    ("captainhook.json", '{\n  "pre-commit": {"enabled": true, "actions": [{"action": "\\\\CaptainHook\\\\App\\\\Hook\\\\PHP'
     '\\\\Action\\\\Linting"}, {"action": "vendor/bin/phpstan analyse"}]}\n}\n', "ALLOW"),
    ("routes/console.php", "<?php\nuse Illuminate\\Support\\Facades\\Schedule;\nSchedule::call(function () {\n"
     "    \\Illuminate\\Support\\Facades\\Http::post(config('services.slack.webhook'), ['text' => 'daily']);\n"
     "})->dailyAt('09:00');\n", "ESCALATE"),
    ("routes/console.php", "<?php\nuse Illuminate\\Support\\Facades\\Schedule;\nSchedule::command('model:prune')->daily();\n",
     "ALLOW"),
    ("config/puma.rb", "on_booted do\n  system('curl', '-s', '-X', 'POST', ENV.fetch('BOOT_URL'), '-d', 'up')\nend\n", "ESCALATE"),
    ("config/puma.rb", "workers 2\nthreads 1, 5\nplugin :tmp_restart\n", "ALLOW"),
])
def test_go_generate_deploy_hooks_git_hook_actions_and_scheduled_or_boot_code_run_routinely(project, path, content, decision):
    """A deploy's own steps on its servers are the deploy a person runs; a push or a message along with it is not."""
    assert write(project({}), path, content).decision == decision


@pytest.mark.parametrize(("path", "content", "decision"), [
    ("tests/Extension/ReportExtension.php", "<?php\nnamespace Tests\\Extension;\nfinal class ReportExtension {\n"
     "  public function notify(): void {\n    @file_get_contents(getenv('HOOK'), false, stream_context_create(['http' => "
     "['method' => 'POST', 'content' => 'done']]));\n  }\n}\n", "ESCALATE"),
    ("tests/Extension/OtherExtension.php", "<?php\nfinal class OtherExtension {\n  public function notify(): void {\n"
     "    @file_get_contents(getenv('HOOK'), false, stream_context_create(['http' => ['method' => 'POST']]));\n  }\n}\n",
     "ALLOW"),
    ("tests/Extension/ReportExtension.php", "<?php\nfinal class ReportExtension {\n  public function notify(): void {\n"
     "    echo 'done';\n  }\n}\n", "ALLOW"),
])
def test_phpunit_s_registered_extensions_run_with_every_test_run(project, path, content, decision):
    assert write(project({"phpunit.xml.dist": PHPUNIT}), path, content).decision == decision


@pytest.mark.parametrize(("path", "content"), [
    (".envrc", "export APP_ENV=dev\ndotnet tool restore\n"),
    (".githooks/post-merge", "#!/bin/sh\ngo run github.com/abice/go-enum@v0.6.0 --file=state.go\n"),
])
def test_restoring_dotnet_tools_and_running_a_go_module_at_a_version_download_when_they_run_unasked(project, path, content):
    assert write(project({}), path, content).decision == "ESCALATE"


@pytest.mark.parametrize(("module", "decision"), [
    ("include(FetchContent)\nFetchContent_Declare(googletest\n"
     "  URL https://github.com/google/googletest/archive/refs/tags/v1.14.0.tar.gz)\nFetchContent_MakeAvailable(googletest)\n",
     "ESCALATE"),
    ("function(enable_warnings target)\n  target_compile_options(${target} PRIVATE -Wall -Wextra)\nendfunction()\n", "ALLOW"),
])
def test_rule_90_a_cmake_module_the_project_includes_runs_at_every_configure(project, module, decision):
    ctx = project({"CMakeLists.txt": "project(nav)\nlist(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_SOURCE_DIR}/cmake)\n"
                                     "include(FetchDeps)\n"})
    assert write(ctx, "cmake/FetchDeps.cmake", module).decision == decision


UPLOADING_PLUGIN = ('import json\nimport urllib.request\n\n_COUNTS = {"passed": 0, "failed": 0}\n\n\n'
                    "def pytest_sessionfinish(session, exitstatus):\n    body = json.dumps(_COUNTS).encode()\n"
                    '    urllib.request.urlopen(urllib.request.Request("https://qa.example.net/runs", data=body), timeout=5)\n')
COUNTING_PLUGIN = ('_COUNTS = {"passed": 0, "failed": 0}\n\n\ndef pytest_runtest_logreport(report):\n'
                   "    if report.when == 'call' and report.outcome in _COUNTS:\n        _COUNTS[report.outcome] += 1\n")


@pytest.mark.parametrize(("files", "path", "content", "decision"), [
    ({"tests/py/conftest.py": 'pytest_plugins = ["plugins.report_upload"]\n'}, "tests/py/plugins/report_upload.py",
     UPLOADING_PLUGIN, "ESCALATE"),
    ({"tests/py/conftest.py": 'pytest_plugins = ["plugins.report_upload"]\n'}, "tests/py/plugins/report_upload.py",
     COUNTING_PLUGIN, "ALLOW"),
    ({"pyproject.toml": '[tool.pytest.ini_options]\naddopts = "-ra -p tools.qa_report"\n'}, "tools/qa_report.py",
     UPLOADING_PLUGIN, "ESCALATE"),
    ({"pyproject.toml": '[tool.pytest.ini_options]\naddopts = "-ra"\n'}, "tools/qa_report.py", UPLOADING_PLUGIN, "ALLOW"),
])
def test_rule_90_a_module_pytest_loads_as_a_plugin_runs_with_every_test_run(project, files, path, content, decision):
    assert write(project(files), path, content).decision == decision


@pytest.mark.parametrize(("body", "decision"), [
    ('\tb, _ := os.ReadFile(filepath.Join(os.TempDir(), "sitl.pid"))\n'
     "\tif pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {\n\t\t_ = syscall.Kill(pid, syscall.SIGTERM)\n\t}\n",
     "ESCALATE"),
    ('\t_ = os.Setenv("SITL_RATE_HZ", "250")\n', "ALLOW"),
])
def test_rule_90_a_go_test_main_runs_with_every_go_test_of_its_package(project, body, decision):
    content = f"package sitl\n\nfunc TestMain(m *testing.M) {{\n{body}\tos.Exit(m.Run())\n}}\n"
    assert write(project({"go.mod": "module example.net/sitl\n"}), "internal/sitl/main_test.go", content).decision == decision


@pytest.mark.parametrize(("files", "path", "content", "decision"), [
    ({"py/calc/pyproject.toml": '[tool.pytest.ini_options]\naddopts = "-ra -p calc.plugins.upload"\n'},
     "py/calc/src/calc/plugins/upload.py", UPLOADING_PLUGIN, "ESCALATE"),
    ({"py/calc/pyproject.toml": '[tool.pytest.ini_options]\naddopts = "-ra -p calc.plugins.upload"\n'},
     "py/calc/src/calc/plugins/upload.py", COUNTING_PLUGIN, "ALLOW"),
    ({}, "pacs/pacs_test.go", 'package pacs\n\nimport (\n\t"os/exec"\n\t"testing"\n)\n\nfunc init() {\n'
     '\t_ = exec.Command("docker", "run", "-d", "--rm", "-p", "4242:4242", "orthancteam/orthanc:24.3.3").Run()\n}\n\n'
     "func TestEcho(t *testing.T) {}\n", "ESCALATE"),
    ({}, "justfile", "img := \"ghcr.io/osgeo/gdal:ubuntu-small-3.9.0\"\n\ndefault: test\n\ntest:\n    docker pull {{img}}\n"
     "    pytest -q\n", "ESCALATE"),
    ({}, "justfile", "default: dev\n\ndev:\n    docker compose up -d redis\n    npm run dev\n", "ALLOW"),
])
def test_rule_93_plugins_a_subfolder_s_pytest_configuration_loads_and_containers_pulled_or_started_routinely(
        project, files, path, content, decision):
    assert write(project(files), path, content).decision == decision
