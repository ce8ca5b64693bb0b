#include "core/numbers/small_cell_suppression.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace afk::numbers {

namespace {
using CellRef = std::pair<std::size_t, std::size_t>;  // row, column

std::optional<std::int64_t> count_in(const CellValue& cell) {
  if (const auto* value = std::get_if<std::int64_t>(&cell)) return *value;
  return std::nullopt;
}

class Suppressor {
 public:
  Suppressor(ReportTable& table, const SuppressionRule& rule, SuppressionOutcome& outcome)
      : table_(table), rule_(rule), outcome_(outcome) {}

  void run() {
    statistics();  // on the counts as they are, before any is hidden
    primary();
    bool changed = true;
    while (changed) {
      changed = false;
      for (const auto& group : sum_groups()) changed |= protect(group);
      changed |= derived();
    }
  }

 private:
  void hide(CellRef cell) { table_.rows[cell.first].cells[cell.second] = SuppressedCell{}; }
  bool hidden(CellRef cell) const { return table_.is_suppressed(cell.first, cell.second); }

  void primary() {
    for (std::size_t c = 0; c < table_.columns.size(); ++c) {
      if (!table_.columns[c].counts_citizens) continue;
      for (std::size_t r = 0; r < table_.rows.size(); ++r) {
        const auto value = count_in(table_.rows[r].cells[c]);
        if (!value) continue;
        const bool small = *value > 0 ? *value < rule_.threshold : (*value == 0 && rule_.suppress_zero);
        if (small) {
          hide({r, c});
          ++outcome_.primary;
        }
      }
    }
  }

  // A sum group: the total cell first, then its parts.
  std::vector<std::vector<CellRef>> sum_groups() const {
    std::vector<std::vector<CellRef>> groups;
    for (std::size_t total_row = 0; total_row < table_.rows.size(); ++total_row) {
      if (!table_.rows[total_row].is_total) continue;
      for (std::size_t c = 0; c < table_.columns.size(); ++c) {
        if (!table_.columns[c].counts_citizens) continue;
        std::vector<CellRef> group{{total_row, c}};
        for (std::size_t r = 0; r < table_.rows.size(); ++r)
          if (!table_.rows[r].is_total) group.push_back({r, c});
        groups.push_back(std::move(group));
      }
    }
    for (std::size_t c = 0; c < table_.columns.size(); ++c) {
      if (table_.columns[c].sum_of.empty()) continue;
      for (std::size_t r = 0; r < table_.rows.size(); ++r) {
        std::vector<CellRef> group{{r, c}};
        for (std::size_t part : table_.columns[c].sum_of) group.push_back({r, part});
        groups.push_back(std::move(group));
      }
    }
    return groups;
  }

  // Exactly one hidden cell in a sum can be recomputed: hide one more.
  bool protect(const std::vector<CellRef>& group) {
    int hidden_cells = 0;
    for (const auto& cell : group) hidden_cells += hidden(cell) ? 1 : 0;
    if (hidden_cells != 1) return false;
    std::optional<CellRef> choice;
    std::int64_t smallest = 0;
    for (std::size_t i = 1; i < group.size(); ++i) {
      if (hidden(group[i])) continue;
      const auto value = count_in(table_.rows[group[i].first].cells[group[i].second]);
      if (value && *value > 0 && (!choice || *value < smallest)) {
        choice = group[i];
        smallest = *value;
      }
    }
    if (!choice && !hidden(group[0])) choice = group[0];
    if (!choice) return false;  // only zeros left beside a hidden total: nothing more to hide
    hide(*choice);
    ++outcome_.complementary;
    return true;
  }

  // A statistic is hidden when the citizens it is over are fewer than the threshold.
  void statistics() {
    for (std::size_t c = 0; c < table_.columns.size(); ++c) {
      const auto& over = table_.columns[c].statistic_over;
      if (over.empty()) continue;
      for (std::size_t r = 0; r < table_.rows.size(); ++r) {
        std::int64_t citizens = 0;
        for (std::size_t source : over) citizens += count_in(table_.rows[r].cells[source]).value_or(0);
        if (citizens < rule_.threshold && !std::holds_alternative<std::monostate>(table_.rows[r].cells[c])) {
          hide({r, c});
          ++outcome_.derived;
        }
      }
    }
  }

  bool derived() {
    bool changed = false;
    for (std::size_t c = 0; c < table_.columns.size(); ++c) {
      for (std::size_t r = 0; r < table_.rows.size(); ++r) {
        if (hidden({r, c})) continue;
        for (std::size_t source : table_.columns[c].derived_from) {
          if (hidden({r, source})) {
            hide({r, c});
            ++outcome_.derived;
            changed = true;
            break;
          }
        }
      }
    }
    return changed;
  }

  ReportTable& table_;
  const SuppressionRule& rule_;
  SuppressionOutcome& outcome_;
};
}  // namespace

bool hides_small_cells_for(Role role) {
  return !(role == Role::unit_staff || role == Role::unit_lead || role == Role::authority);
}

bool is_small_cohort(std::int64_t citizens, const SuppressionRule& rule) {
  return citizens > 0 && citizens < rule.threshold;
}

SuppressionOutcome suppress_small_cells(ReportTable table, const SuppressionRule& rule) {
  SuppressionOutcome outcome;
  Suppressor(table, rule, outcome).run();
  if (outcome.primary + outcome.complementary + outcome.derived > 0) table.notes_da.push_back(rule.note_da);
  outcome.table = std::move(table);
  return outcome;
}

}  // namespace afk::numbers
