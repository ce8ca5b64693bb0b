// Per-replication random streams. Each replication gets its own generator
// derived from (seed, replication, stream) only, so results do not depend on
// how replications are spread over threads.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

#include "sim/ziggurat.hpp"

namespace afk::sim {

// SplitMix64 (Steele, Lea, Flood 2014): turns any 64-bit value into a
// well-mixed one; used to seed the main generator.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Streams within one replication, so that e.g. guest-bed draws never shift
// the draws of ordinary referrals.
enum class StreamId : std::uint64_t { referrals = 1, guests = 2 };

// xoshiro256++ (Blackman, Vigna 2019): small, fast, passes BigCrush.
// Satisfies UniformRandomBitGenerator.
class RandomStream {
 public:
  using result_type = std::uint64_t;

  RandomStream(std::uint64_t seed, std::uint64_t replication, StreamId stream) {
    std::uint64_t mix = seed;
    mix = splitmix64(mix) ^ replication;
    mix = splitmix64(mix) ^ static_cast<std::uint64_t>(stream);
    for (auto& word : state_) word = splitmix64(mix);
  }

  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

  result_type operator()() {
    const std::uint64_t result = rotl(state_[0] + state_[3], 23) + state_[0];
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }

  // Uniform in (0, 1]: safe to take the logarithm of.
  double uniform_positive() { return 1.0 - uniform(); }

  // Ziggurat draws (sim/ziggurat.hpp): much cheaper than -log(U) and the polar method.
  double exponential(double mean) { return mean * ziggurat_exponential(*this); }
  double standard_normal() { return ziggurat_normal(*this); }

  bool bernoulli(double probability) { return uniform() < probability; }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4]{};
};

}  // namespace afk::sim
