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
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("serve", "Start the server (API on /api/v1 and the web application)");
  command->add_option("--db", options->database, "SQLite database file")->capture_default_str();
  command->add_option("--address", options->address, "Address to listen on")->capture_default_str();
  command->add_option("--port", options->port, "Port (0 = any free port)")->capture_default_str();
  command->add_option("--threads", options->threads, "Worker threads")->capture_default_str();
  command->add_option("--web-root", options->web_root, "Built web application (empty: API only)")
      ->capture_default_str();
  command->add_flag("--quiet", options->quiet, "Do not log each request");
  command
      ->add_option("--simulation-time-limit", options->simulation_time_limit,
                   "Seconds a capacity simulation started over the API may run")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->callback([options] {
    auto pool = open_database(options->database);
    http::Settings settings;
    settings.cpr_lookup_key = installation_secret(options->database, "cpr-lookup");
    if (!options->web_root.empty() && std::filesystem::exists(options->web_root + "/index.html"))
      settings.web_root = options->web_root;
    http::Services services{*pool, system_clock(), settings};
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
    http::HttpServer server(router, server_options);
    std::cerr << R"({"level":"info","msg":"listening","address":")" << options->address << R"(","port":)"
              << server.port() << R"(,"web":)" << (settings.web_root.empty() ? "false" : "true") << "}\n";
    server.run_until_signal();
  });
}

void register_migrate_command(CLI::App& app) {
  auto database = std::make_shared<std::string>(default_database);
  auto* command = app.add_subcommand("migrate", "Apply pending database migrations");
  command->add_option("--db", *database, "SQLite database file")->capture_default_str();
  command->callback([database] {
    open_database(*database);
    std::cout << "Databasen er opdateret: " << *database << "\n";
  });
}

}  // namespace afk::app
