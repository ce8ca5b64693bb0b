// afklaring ata: the hourly rate for add-on support (ATA) and the price of a
// week of it, from the hour cost and the three supplements (numbers.md
// "Economics"), as the API and the economics page compute it.
#include <iostream>

#include "app/commands.hpp"
#include "core/numbers/tariff.hpp"

namespace afk::app {

void register_ata_command(CLI::App& app) {
  struct Options {
    numbers::AtaRequest request;
    int minutes_per_day = 0;
    int days_per_week = 0;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("ata", "Hourly rate (and weekly price) of add-on support, ATA");
  command->add_option("--hour-cost", options->request.hour_cost_kroner, "Hour cost in kroner, e.g. 206")
      ->required();
  command
      ->add_option("--time-of-day", options->request.time_of_day_supplement_percent,
                   "Time-of-day supplement in percent, e.g. 25")
      ->required();
  command
      ->add_option("--overhead", options->request.variable_overhead_percent, "Variable overhead in percent")
      ->required();
  command
      ->add_option("--absence", options->request.absence_correction_percent, "Absence correction in percent")
      ->required();
  command->add_option("--minutes-per-day", options->minutes_per_day,
                      "Minutes of support a day (weekly price)");
  command->add_option("--days-per-week", options->days_per_week, "Days of support a week (weekly price)");
  command->callback([options] {
    numbers::AtaRequest request = options->request;
    if (options->minutes_per_day) request.minutes_per_day = options->minutes_per_day;
    if (options->days_per_week) request.days_per_week = options->days_per_week;
    if (auto problem = numbers::ata_request_problem(request)) {
      std::cerr << "afklaring ata: " << problem->field << ": " << problem->message_da << '\n';
      throw CLI::RuntimeError(2);
    }
    const numbers::AtaCalculation calculation = numbers::calculate_ata(request);
    std::cout << "Timepris: " << calculation.hourly_da << '\n';
    if (calculation.weekly_da) std::cout << "Ugepris: " << *calculation.weekly_da << '\n';
  });
}

}  // namespace afk::app
