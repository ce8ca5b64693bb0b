#include "sim/ziggurat.hpp"

namespace afk::sim {
namespace {

// Layers of equal area `area` under f, from the tail start r down to 0:
// x[i+1] = f^-1(area / x[i] + f(x[i])).
template <class Density, class Inverse>
ZigguratTable build(double r, double area, Density f, Inverse inverse) {
  ZigguratTable table;
  table.x[0] = area / f(r);
  table.x[1] = r;
  for (int i = 2; i < 256; ++i) table.x[i] = inverse(area / table.x[i - 1] + f(table.x[i - 1]));
  table.x[256] = 0.0;
  for (int i = 0; i <= 256; ++i) table.f[i] = f(table.x[i]);
  table.f[0] = 0.0;  // the base layer is never tested against f (its overhang is the tail)
  return table;
}

ZigguratTables build_tables() {
  ZigguratTables tables;
  tables.normal = build(
      ziggurat_detail::normal_tail_start, 0.00492867323399, [](double x) { return std::exp(-0.5 * x * x); },
      [](double y) { return std::sqrt(-2.0 * std::log(y)); });
  tables.exponential = build(
      ziggurat_detail::exponential_tail_start, 0.0039496598225815571993,
      [](double x) { return std::exp(-x); }, [](double y) { return -std::log(y); });
  return tables;
}

}  // namespace

const ZigguratTables& ziggurat_tables() {
  static const ZigguratTables tables = build_tables();
  return tables;
}

}  // namespace afk::sim
