"""A real WordPress for the publish tests: Debian's packages, nothing installed system-wide.

MariaDB runs on a private data folder, socket and port; WordPress (``/usr/share/wordpress``) is
served by ``php -S`` through a router that points it at a private config, content folder and
uploads. The installer and the application password are made by PHP itself (``wp_install``,
``WP_Application_Passwords``), so the tests talk to WordPress exactly as a writer's app would.
Nothing is written outside the folder handed in; :meth:`WordPressServer.stop` ends both servers.
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wordpress_php import CONFIG, INSTALL, MU_PLUGIN, ROUTER, php_string

WORDPRESS = Path("/usr/share/wordpress")
USER = "editor"
PASSWORD = "correct horse battery staple"  # the login password (the tests use an app password)
DB_PASSWORD = "wp-test-password"
START_TIMEOUT = 60.0
OS_USER = getpass.getuser()  # root on CI; MariaDB's root logs in as this user by socket


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
        # Its own folder for temporary tables: in the shared /tmp, installs beside another
        # MariaDB's failed one time in four ("Unknown table 'mysql.tmp_user_sys'"), and once
        # took every publishing test of a full run with it
        scratch = self.folder / "tmp"
        scratch.mkdir(exist_ok=True)
        installed = subprocess.run(
            [
                "mariadb-install-db",
                "--no-defaults",
                f"--datadir={data}",
                f"--tmpdir={scratch}",
                f"--user={OS_USER}",
                "--auth-root-authentication-method=socket",
                f"--auth-root-socket-user={OS_USER}",
                "--skip-test-db",
                "--skip-name-resolve",
            ],
            check=False,
            capture_output=True,
            text=True,
        )
        if installed.returncode != 0:  # say why, not only that it failed
            raise RuntimeError(
                f"mariadb-install-db failed:\n{installed.stdout}\n{installed.stderr}"
            )
        port = free_port()
        daemon = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    daemon,
                    "--no-defaults",
                    f"--datadir={data}",
                    f"--tmpdir={scratch}",
                    f"--socket={self.socket}",
                    f"--port={port}",
                    "--bind-address=127.0.0.1",
                    f"--pid-file={self.folder / 'mysqld.pid'}",
                    f"--user={OS_USER}",
                    "--skip-log-bin",
                    "--innodb-buffer-pool-size=16M",
                    "--innodb-log-file-size=8M",
                    "--skip-name-resolve",
                    # a starved PHP worker (a full run beside two busy processes) may take more
                    # than the default 10 s to answer the handshake: WordPress then said "Error
                    # establishing a database connection" to five tests of one loaded CI run
                    "--connect-timeout=120",
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
        root = php_string(str(self.root))
        (self.root / "wp-config.php").write_text(
            CONFIG.format(
                db_password=php_string(DB_PASSWORD),
                db_host=php_string(f"localhost:{self.socket}"),
                content=php_string(str(content)),
                url=php_string(self.url),
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
                start_new_session=True,  # its workers are its children: stopped as one group
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
                root=php_string(str(self.root)),
                user=php_string(self.user),
                password=php_string(PASSWORD),
                permalinks=php_string("/%postname%/" if self.pretty_permalinks else ""),
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

    def php(self, code: str) -> str:
        """Run PHP ``code`` inside the site (WordPress loaded); what it printed."""
        script = self.folder / "snippet.php"
        script.write_text(
            "<?php\n"
            f"define('ABSPATH', {php_string(str(self.root))} . '/');\n"
            "$_SERVER['HTTP_HOST'] = '127.0.0.1';\n"
            "require ABSPATH . 'wp-load.php';\n" + code
        )
        done = subprocess.run(
            ["php", str(script)], check=True, capture_output=True, text=True, cwd=self.root
        )
        return done.stdout

    def add_user(self, login: str, display_name: str, role: str = "author") -> int:
        code = (
            f"echo wp_insert_user(['user_login' => {php_string(login)}, 'user_pass' => "
            f"wp_generate_password(), 'display_name' => {php_string(display_name)}, "
            f"'role' => {php_string(role)}]);"
        )
        return int(self.php(code).strip())

    def set_pretty_permalinks(self, pretty: bool) -> None:
        """Switch /%postname%/ permalinks on or off (off: /wp-json/ is not routed)."""
        structure = "/%postname%/" if pretty else ""
        self.php(
            f"update_option('permalink_structure', '{structure}');\ndelete_option('rewrite_rules');\n"
        )

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
            if process.poll() is None and process.args[0] == "php":  # php -S and its workers
                os.killpg(process.pid, signal.SIGTERM)
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
