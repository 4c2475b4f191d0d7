"""A real WordPress for the publish tests: Debian's packages, nothing installed system-wide.

MariaDB runs on a private data folder, socket and port; WordPress (``/usr/share/wordpress``) is
served by ``php -S`` through a router that points it at a private config, content folder and
uploads. The installer and the application password are made by PHP itself (``wp_install``,
``WP_Application_Passwords``), so the tests talk to WordPress exactly as a writer's app would.
Nothing is written outside the folder handed in; :meth:`WordPressServer.stop` ends both servers.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WORDPRESS = Path("/usr/share/wordpress")
USER = "editor"
PASSWORD = "correct horse battery staple"  # the login password (the tests use an app password)
DB_PASSWORD = "wp-test-password"
START_TIMEOUT = 60.0


def missing_packages() -> list[str]:
    """The Debian packages this server needs that are not installed (empty when all are)."""
    missing = []
    if not (WORDPRESS / "wp-settings.php").is_file():
        missing.append("wordpress")
    if not (shutil.which("mariadbd") or Path("/usr/sbin/mariadbd").exists()):
        missing.append("mariadb-server")
    if not shutil.which("php"):
        missing.append("php-cli")
    else:
        modules = subprocess.run(["php", "-m"], capture_output=True, text=True).stdout.split()
        if "mysqli" not in modules:
            missing.append("php-mysql")
    return missing


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(
    what: str, ready: Callable[[], bool], process: subprocess.Popen[bytes], log: Path
) -> None:
    """Poll ``ready()`` until it is true; fail with the server's log when it died or hung."""
    deadline = time.monotonic() + START_TIMEOUT
    while not ready():
        if process.poll() is not None or time.monotonic() > deadline:
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(f"{what} did not start:\n{tail}")
        time.sleep(0.05)


def _php_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


ROUTER = """<?php
// Every request: WordPress's constants from our private config, then the file asked for.
define('ABSPATH', {root} . '/');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = {root} . $path;
if ($path !== '/' && is_file($file) && substr($file, -4) !== '.php') {{
    return false;  // a static file (an upload, a stylesheet)
}}
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {{
    $file = rtrim($file, '/') . '/index.php';
}}
if (!is_file($file)) {{
    $file = {root} . '/index.php';  // pretty permalinks: /wp-json/... goes through index.php
}}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen({root}));
chdir(dirname($file));
require $file;
"""

CONFIG = """<?php
// The test site's own wp-config.php (Debian's reads /etc/wordpress by host name).
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', {db_password});
define('DB_HOST', {db_host});
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', {content});
define('WP_CONTENT_URL', {url} . '/wp-content');
define('WP_HOME', {url});
define('WP_SITEURL', {url});
define('WP_ENVIRONMENT_TYPE', 'local');  // application passwords without HTTPS
define('WP_AUTO_UPDATE_CORE', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT',
          'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {{
    define($key, 'slidewright-test-' . $key);
}}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) {{
    define('ABSPATH', {root} . '/');
}}
require_once ABSPATH . 'wp-settings.php';
"""

# Uploads keep their original only: no thumbnails to resize (they cost seconds per image and
# nothing in the tests looks at them).
MU_PLUGIN = """<?php
add_filter('intermediate_image_sizes_advanced', '__return_empty_array');
add_filter('big_image_size_threshold', '__return_false');
add_filter('wp_image_editors', '__return_empty_array');

// A failure on request, for the tests of half-way publishes: wp-content/fail.json names a
// method and route, how many such requests still succeed, and the status to answer after that.
add_filter('rest_pre_dispatch', function ($result, $server, $request) {
    $rule_file = WP_CONTENT_DIR . '/fail.json';
    if (!file_exists($rule_file)) {
        return $result;
    }
    $rule = json_decode(file_get_contents($rule_file), true);
    if ($request->get_method() !== $rule['method'] || $request->get_route() !== $rule['route']) {
        return $result;
    }
    if ($rule['succeed'] > 0) {
        $rule['succeed'] -= 1;
        file_put_contents($rule_file, json_encode($rule));
        return $result;
    }
    return new WP_Error('slidewright_test', 'Injected failure', ['status' => $rule['status']]);
}, 10, 3);
"""

INSTALL = """<?php
define('WP_INSTALLING', true);
define('ABSPATH', {root} . '/');
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('Slidewright Test Site', {user}, 'editor@example.invalid', false, '',
                     {password});
$user_id = $result['user_id'];
[$app_password, $item] = WP_Application_Passwords::create_new_application_password(
    $user_id, ['name' => 'slidewright-tests']);
update_option('permalink_structure', {permalinks});
echo json_encode(['app_password' => $app_password, 'user_id' => $user_id]);
"""


@dataclass
class WordPressServer:
    """A running test WordPress: ``url``, ``user`` and ``app_password`` to publish with."""

    folder: Path
    pretty_permalinks: bool = True
    url: str = ""
    user: str = USER
    app_password: str = ""
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self) -> WordPressServer:
        try:
            self._start_database()
            self._write_site()
            self._start_php()
            self._install()
        except BaseException:
            self.stop()
            raise
        return self

    # -- MariaDB ----------------------------------------------------------------------------
    def _start_database(self) -> None:
        data = self.folder / "db"
        self.socket = self.folder / "mysqld.sock"
        log = self.folder / "mariadb.log"
        subprocess.run(
            [
                "mariadb-install-db",
                "--no-defaults",
                f"--datadir={data}",
                "--user=root",
                "--auth-root-authentication-method=socket",
                "--skip-test-db",
                "--skip-name-resolve",
            ],
            check=True,
            capture_output=True,
        )
        port = free_port()
        daemon = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    daemon,
                    "--no-defaults",
                    f"--datadir={data}",
                    f"--socket={self.socket}",
                    f"--port={port}",
                    "--bind-address=127.0.0.1",
                    f"--pid-file={self.folder / 'mysqld.pid'}",
                    "--user=root",
                    "--skip-log-bin",
                    "--innodb-buffer-pool-size=16M",
                    "--innodb-log-file-size=8M",
                    "--skip-name-resolve",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.processes.append(process)
        _wait("MariaDB", self.socket.exists, process, log)
        self._sql(
            "CREATE DATABASE wordpress CHARACTER SET utf8mb4;"
            f"CREATE USER 'wp'@'localhost' IDENTIFIED BY '{DB_PASSWORD}';"
            "GRANT ALL ON wordpress.* TO 'wp'@'localhost';"
        )

    def _sql(self, statements: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:  # the socket exists a moment before the server answers on it
            done = subprocess.run(
                ["mariadb", "--no-defaults", f"--socket={self.socket}", "-uroot", "-e", statements],
                capture_output=True,
                text=True,
            )
            if done.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"MariaDB refused the set-up: {done.stderr}")
            time.sleep(0.1)

    # -- WordPress --------------------------------------------------------------------------
    def _write_site(self) -> None:
        """A folder that looks like WordPress (links to Debian's files) with its own config."""
        self.root = self.folder / "wordpress"
        self.root.mkdir()
        for entry in WORDPRESS.iterdir():
            if entry.name not in ("wp-config.php", "wp-content", ".htaccess"):
                (self.root / entry.name).symlink_to(entry)
        content = self.folder / "wp-content"
        (content / "uploads").mkdir(parents=True)
        (content / "mu-plugins").mkdir()
        (content / "mu-plugins" / "slidewright-tests.php").write_text(MU_PLUGIN)
        (content / "themes").symlink_to(WORDPRESS / "wp-content" / "themes")
        (content / "plugins").mkdir()
        (self.root / "wp-content").symlink_to(content)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        root = _php_string(str(self.root))
        (self.root / "wp-config.php").write_text(
            CONFIG.format(
                db_password=_php_string(DB_PASSWORD),
                db_host=_php_string(f"localhost:{self.socket}"),
                content=_php_string(str(content)),
                url=_php_string(self.url),
                root=root,
            )
        )
        self.router = self.folder / "router.php"
        self.router.write_text(ROUTER.format(root=root))

    def _start_php(self) -> None:
        log = self.folder / "php.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                ["php", "-S", f"127.0.0.1:{self.port}", "-t", str(self.root), str(self.router)],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=self.root,
                env={**os.environ, "PHP_CLI_SERVER_WORKERS": "2"},
            )
        self.processes.append(process)

        def answering() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return True
            except OSError:
                return False

        _wait("php -S", answering, process, log)

    def _install(self) -> None:
        script = self.folder / "install.php"
        script.write_text(
            INSTALL.format(
                root=_php_string(str(self.root)),
                user=_php_string(self.user),
                password=_php_string(PASSWORD),
                permalinks=_php_string("/%postname%/" if self.pretty_permalinks else ""),
            )
        )
        done = subprocess.run(
            ["php", str(script)], capture_output=True, text=True, cwd=self.root, check=False
        )
        start = done.stdout.rfind("{")
        if done.returncode != 0 or start < 0:
            raise RuntimeError(f"WordPress did not install:\n{done.stdout}\n{done.stderr}")
        self.app_password = json.loads(done.stdout[start:])["app_password"]

    # -- reading back, as the tests do -------------------------------------------------------
    def get(self, route: str, **params: str) -> Any:
        """GET a REST route (``/wp/v2/posts/7``) as the editor; the decoded JSON answer."""
        import base64
        from urllib.parse import urlencode

        query = urlencode({"rest_route": route, "context": "edit", **params})
        request = urllib.request.Request(f"{self.url}/?{query}")
        token = base64.b64encode(f"{self.user}:{self.app_password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.loads(answer.read())

    def fail(self, method: str, route: str, succeed: int = 0, status: int = 500) -> None:
        """Make ``method route`` answer ``status`` after ``succeed`` more successes."""
        rule = {"method": method, "route": route, "succeed": succeed, "status": status}
        (self.folder / "wp-content" / "fail.json").write_text(json.dumps(rule))

    def heal(self) -> None:
        (self.folder / "wp-content" / "fail.json").unlink(missing_ok=True)

    def latest_media_id(self) -> int:
        """The newest media item's id (0 when there is none): a new upload raises it."""
        found = self.get("/wp/v2/media", per_page="1", orderby="id", order="desc")
        return int(found[0]["id"]) if isinstance(found, list) and found else 0

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()


if __name__ == "__main__":  # python tests/publish/wordpress_server.py: try it by hand
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        server = WordPressServer(Path(tmp)).start()
        print(f"{server.url} user={server.user} app password={server.app_password}")
        print(f"started in {time.monotonic() - started:.1f} s")
        print(json.dumps(server.get("/wp/v2/users/me"))[:300])
        server.stop()
