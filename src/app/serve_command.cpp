// afklaring serve: the API and the web application on one address.
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/clock.hpp"
#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "app/installation_secret.hpp"
#include "http/http_server.hpp"
#include "http/routes/all_routes.hpp"
#include "http/simulation_jobs.hpp"

namespace afk::app {

void register_serve_command(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::string address = "127.0.0.1";
    unsigned short port = 8080;
    int threads = static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
    std::string web_root = "web/dist";
    bool quiet = false;
    double simulation_time_limit = 30.0;
    std::vector<std::string> trusted_proxies;
    bool secure_cookies = false;
    double read_timeout = 30.0;
    std::size_t password_threads = 1;
    std::string today;
    std::string medcom_outbox;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("serve", "Start the server (API on /api/v1 and the web application)");
  command->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  command->add_option("--address", options->address, "Address to listen on")->capture_default_str();
  command->add_option("--port", options->port, "Port (0 = any free port)")->capture_default_str();
  command->add_option("--threads", options->threads, "Worker threads")->capture_default_str();
  command->add_option("--web-root", options->web_root, "Built web application (empty: API only)")
      ->capture_default_str();
  command->add_flag("--quiet", options->quiet, "Do not log each request");
  command
      ->add_option("--medcom-outbox", options->medcom_outbox,
                   "Folder where letters' MedCom Bundles are written for the adapter (empty: the API only)")
      ->check(CLI::ExistingDirectory);
  command
      ->add_option("--simulation-time-limit", options->simulation_time_limit,
                   "Seconds a capacity simulation started over the API may run")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command
      ->add_option(
          "--trusted-proxy", options->trusted_proxies,
          "Address of a reverse proxy (nginx) whose X-Forwarded-For and X-Forwarded-Proto are believed; "
          "may be repeated")
      ->capture_default_str();
  command->add_flag(
      "--secure-cookies", options->secure_cookies,
      "Mark the session cookie Secure on every answer, not only on requests a trusted proxy says "
      "came over HTTPS");
  command
      ->add_option("--read-timeout", options->read_timeout,
                   "Seconds a connection may take to send a request or stay idle between requests")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--password-threads", options->password_threads, "Threads that hash passwords (log-in)")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  command->add_option(
      "--today", options->today,
      "Pretend today is this date (YYYY-MM-DD), with a world seeded by seed-demo --today: for "
      "tests and demonstrations that must not depend on the calendar");
  command->callback([options] {
    auto proxies = http::TrustedProxies::parse(options->trusted_proxies);
    if (!proxies) throw CLI::ValidationError("--trusted-proxy", proxies.error().message);
    http::Clock clock = clock_for(options->today);
    auto pool = open_database(options->database);
    http::Settings settings;
    settings.secure_cookies = options->secure_cookies;
    settings.cpr_lookup_key = installation_secret(options->database, "cpr-lookup");
    if (!options->web_root.empty() && std::filesystem::exists(options->web_root + "/index.html"))
      settings.web_root = options->web_root;
    settings.medcom_outbox_dir = options->medcom_outbox;
    http::Services services{*pool, clock, settings};
    http::SimulationJobLimits simulation_limits;
    simulation_limits.time_limit_seconds = options->simulation_time_limit;
    services.simulation_jobs = std::make_shared<http::SimulationJobs>(simulation_limits);
    http::Router router(services);
    http::register_all_routes(router);
    http::ServerOptions server_options;
    server_options.address = options->address;
    server_options.port = options->port;
    server_options.threads = options->threads;
    server_options.log_requests = !options->quiet;
    server_options.trusted_proxies = proxies.value();
    server_options.read_timeout =
        std::chrono::milliseconds(static_cast<std::int64_t>(options->read_timeout * 1000));
    server_options.password_threads = options->password_threads;
    http::HttpServer server(router, server_options);
    std::cerr << R"({"level":"info","msg":"listening","address":")" << options->address << R"(","port":)"
              << server.port() << R"(,"web":)" << (settings.web_root.empty() ? "false" : "true")
              << R"(,"trusted_proxies":)" << options->trusted_proxies.size() << "}\n";
    server.run_until_signal();
  });
}

void register_migrate_command(CLI::App& app) {
  auto database = std::make_shared<std::string>(default_database);
  auto* command = app.add_subcommand("migrate", "Apply pending database migrations");
  command->add_option("--db", *database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  command->callback([database] {
    open_database(*database);
    std::cout << "Databasen er opdateret: " << *database << "\n";
  });
}

}  // namespace afk::app
