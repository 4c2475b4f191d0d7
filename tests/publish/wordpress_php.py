"""The PHP the test WordPress runs: the router for ``php -S``, the site's own wp-config.php, a
must-use plugin (no thumbnails; failures on request) and the installer. Kept apart from the
Python that starts the servers (wordpress_server.py)."""

from __future__ import annotations


def php_string(text: str) -> str:
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
