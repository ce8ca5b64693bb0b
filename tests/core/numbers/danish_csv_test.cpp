#include "core/numbers/danish_csv.hpp"

#include <gtest/gtest.h>

#include "core/numbers/age_band.hpp"
#include "core/numbers/danish_format.hpp"

namespace afk::numbers {
namespace {

TEST(NumbersDanishFormat, NumbersUseDecimalCommaAndDotThousands) {
  EXPECT_EQ(format_danish_integer(0), "0");
  EXPECT_EQ(format_danish_integer(999), "999");
  EXPECT_EQ(format_danish_integer(1234), "1.234");
  EXPECT_EQ(format_danish_integer(-1234567), "-1.234.567");
  EXPECT_EQ(format_danish_integer(1234567, false), "1234567");
  EXPECT_EQ(format_danish_decimal(1234.5, 1), "1.234,5");
  EXPECT_EQ(format_danish_decimal(1234.56, 1), "1.234,6");
  EXPECT_EQ(format_danish_decimal(0.05, 2), "0,05");
  EXPECT_EQ(format_danish_decimal(-2.25, 1), "-2,3");  // half away from zero
  EXPECT_EQ(format_danish_decimal(-0.04, 1), "0,0");   // no "-0,0"
  EXPECT_EQ(format_danish_decimal(52, 0), "52");
  EXPECT_EQ(format_danish_percent(12.5), "12,5 %");
}

TEST(NumbersDanishFormat, KronerWorkedExamples) {
  EXPECT_EQ(format_kroner(Money::kroner(725912)), "725.912,00 kr.");
  EXPECT_EQ(format_kroner(Money::from_ore(33578)), "335,78 kr.");
  EXPECT_EQ(format_kroner(Money::from_ore(83945)), "839,45 kr.");
  EXPECT_EQ(format_kroner(-Money::from_ore(5)), "-0,05 kr.");
}

ReportTable sample_table() {
  ReportTable table;
  table.title = "Belægning; januar";
  table.columns = {
      {"unit", "Tilbud", ColumnType::text, 0, false, {}, {}, {}},
      {"courses", "Forløb", ColumnType::integer, 0, true, {}, {}, {}},
      {"occupancy", "Belægning (%)", ColumnType::percent, 1, false, {}, {}, {}},
      {"mean_days", "Gns. dage", ColumnType::decimal, 2, false, {}, {}, {}},
      {"from", "Fra", ColumnType::date, 0, false, {}, {}, {}},
  };
  table.rows.push_back(
      {{std::string("Nygårdsvej \"A\""), std::int64_t{1234}, 87.25, 12.0, *Date::parse_iso("2024-01-01")}});
  table.rows.push_back(
      {{std::string("=SUM(A1)"), SuppressedCell{}, std::monostate{}, 3.456, std::monostate{}}});
  table.rows.push_back(
      {{std::string("Linje 1\nLinje 2"), std::int64_t{-3}, 0.0, -1.5, *Date::parse_iso("2024-02-29")}});
  table.notes_da = {"* Skjult"};
  return table;
}

TEST(NumbersDanishCsv, ExcelReadyBomSemicolonsDecimalCommaDanishDates) {
  const std::string expected =
      "\xEF\xBB\xBF"
      "Tilbud;Forløb;Belægning (%);Gns. dage;Fra\r\n"
      "\"Nygårdsvej \"\"A\"\"\";1234;87,3;12,00;01-01-2024\r\n"
      "'=SUM(A1);*;;3,46;\r\n"
      "\"Linje 1\nLinje 2\";-3;0,0;-1,50;29-02-2024\r\n";
  EXPECT_EQ(to_danish_csv(sample_table()), expected);
}

TEST(NumbersDanishCsv, HeadingRowFirstThenNotesBelowAnEmptyLine) {
  CsvOptions options;
  options.include_notes = true;
  options.suppressed_marker = "<5";
  const std::string csv = to_danish_csv(sample_table(), options);
  // No title above the heading row: Excel's filter and pivot take the first line as headings.
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFTilbud;", 0), 0u);
  EXPECT_EQ(csv.find("Belægning; januar"), std::string::npos);
  EXPECT_NE(csv.find("29-02-2024\r\n\r\n"), std::string::npos);
  EXPECT_NE(csv.find("'=SUM(A1);<5;"), std::string::npos);
  EXPECT_EQ(csv.substr(csv.size() - 10), "* Skjult\r\n");
}

TEST(NumbersDanishCsv, FormulaLookalikesAreDefused) {
  EXPECT_EQ(csv_text_field("+45 12 34"), "'+45 12 34");
  EXPECT_EQ(csv_text_field("-x"), "'-x");
  EXPECT_EQ(csv_text_field("@cmd"), "'@cmd");
  EXPECT_EQ(csv_text_field("Aarhus"), "Aarhus");
  EXPECT_EQ(csv_text_field("a;b"), "\"a;b\"");
}

TEST(NumbersAgeBand, StandardFiveYearBandsWithOpenTop) {
  EXPECT_EQ(age_band(18), "15-19");
  EXPECT_EQ(age_band(19), "15-19");
  EXPECT_EQ(age_band(20), "20-24");
  EXPECT_EQ(age_band(24), "20-24");
  EXPECT_EQ(age_band(79), "75-79");
  EXPECT_EQ(age_band(80), "80+");
  EXPECT_EQ(age_band(97), "80+");
  EXPECT_EQ(age_band(97, 95), "95+");
  EXPECT_FALSE(age_band(-1).has_value());
}

TEST(NumbersAgeBand, CompletedYearsAroundBirthdaysAndLeapDay) {
  const Date birth = *Date::parse_iso("2000-06-15");
  EXPECT_EQ(age_in_years(birth, *Date::parse_iso("2024-06-14")), 23);
  EXPECT_EQ(age_in_years(birth, *Date::parse_iso("2024-06-15")), 24);
  EXPECT_EQ(age_band(birth, *Date::parse_iso("2024-06-14")), "20-24");
  EXPECT_EQ(age_band(*Date::parse_iso("1999-06-15"), *Date::parse_iso("2024-06-15")), "25-29");
  const Date leap = *Date::parse_iso("2004-02-29");
  EXPECT_EQ(age_in_years(leap, *Date::parse_iso("2023-02-28")), 18);
  EXPECT_EQ(age_in_years(leap, *Date::parse_iso("2023-03-01")), 19);
  EXPECT_EQ(age_in_years(leap, *Date::parse_iso("2024-02-29")), 20);
  EXPECT_FALSE(age_in_years(birth, *Date::parse_iso("1999-01-01")).has_value());
}

}  // namespace
}  // namespace afk::numbers
