// The place pool is a hand-written heap (the event loop's hottest code):
// checked against a sorted list over random holds, releases and re-holds.
#include "sim/place_pool.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <vector>

#include "sim/random_stream.hpp"

namespace afk::sim {
namespace {

TEST(PlacePool, ReleasesInTheOrderOfTheirDaysWhateverTheSequence) {
  for (int places : {1, 2, 3, 7, 20, 220}) {
    PlacePool pool(places);
    std::vector<double> expected;  // the held release days
    RandomStream random(7, static_cast<std::uint64_t>(places), StreamId::referrals);
    double now = 0.0;
    for (int step = 0; step < 20000; ++step) {
      ASSERT_EQ(pool.busy(), expected.size());
      ASSERT_EQ(pool.has_free_place(), expected.size() < static_cast<std::size_t>(places));
      const double next = expected.empty() ? std::numeric_limits<double>::infinity()
                                           : *std::min_element(expected.begin(), expected.end());
      ASSERT_EQ(pool.next_release(), next) << places << " places, step " << step;
      const double choice = random.uniform();
      if (pool.has_free_place() && (expected.empty() || choice < 0.5)) {
        const double day = now + random.exponential(30.0);
        pool.hold_until(day);
        expected.push_back(day);
      } else if (choice < 0.75) {
        now = next;
        pool.release_next();
        expected.erase(std::min_element(expected.begin(), expected.end()));
      } else {
        now = next;
        const double day = now + random.exponential(30.0);
        pool.release_next_and_hold_until(day);
        *std::min_element(expected.begin(), expected.end()) = day;
      }
    }
  }
}

}  // namespace
}  // namespace afk::sim
