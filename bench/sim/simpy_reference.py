#!/usr/bin/python3
"""The benchmark scenario (bench/sim/scenario.json) written for SimPy, as a reference.

Debian 12 ships SimPy 2.3 (package python3-simpy, module SimPy.Simulation), so this uses the
SimPy 2 process API. Same model as the C++ simulator for these scenarios: Poisson referrals,
log-normal or exponential stays, `places` places with a FIFO queue, warm-up discarded. Events counted the same
way: one per referral arrival and one per place released.

Usage: simpy_reference.py [scenario.json] [replications]
Prints key=value lines: events, seconds, cpu_seconds, events_per_second, events_per_cpu_second, mean_wait_days, occupancy.
"""
import json
import math
import random
import sys
import time

from SimPy.Simulation import (FIFO, Process, Resource, activate, hold, initialize, now, release,
                              request, simulate)


class Counters:
    def __init__(self):
        self.events = 0
        self.waits = []
        self.busy_area = 0.0


class Referral(Process):
    def visit(self, places, stay, counters, warmup, end):
        arrived = now()
        counters.events += 1
        yield request, self, places
        if warmup <= arrived < end:
            counters.waits.append(now() - arrived)
        start = now()
        yield hold, self, stay
        yield release, self, places
        counters.events += 1
        # Place-days inside the measured period, for the occupancy.
        counters.busy_area += max(0.0, min(now(), end) - max(start, warmup))


class Source(Process):
    def generate(self, rate_per_day, places, rng, draw_stay, counters, warmup, end):
        while True:
            yield hold, self, rng.expovariate(rate_per_day)
            referral = Referral()
            activate(referral, referral.visit(places, draw_stay(rng), counters, warmup, end))


def stay_sampler(stay):
    """A function of the generator drawing one stay in days."""
    mean = stay["mean_days"]
    if stay["distribution"] == "exponential":
        return lambda rng: rng.expovariate(1.0 / mean)
    assert stay["distribution"] == "lognormal", "reference supports log-normal and exponential stays"
    sigma = math.sqrt(math.log1p((stay["sd_days"] / mean) ** 2))
    mu = math.log(mean) - sigma * sigma / 2
    return lambda rng: rng.lognormvariate(mu, sigma)


def replication(scenario, seed, counters):
    rng = random.Random(seed)
    warmup = scenario.get("warmup_days", 365.0)
    end = warmup + 365.0 * scenario.get("years", 10.0)
    initialize()
    places = Resource(capacity=scenario["places"], qType=FIFO)
    source = Source()
    activate(source, source.generate(scenario["arrivals"]["rate_per_week"] / 7.0, places, rng,
                                     stay_sampler(scenario["stay"]), counters, warmup, end))
    simulate(until=end)
    return end - warmup


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "bench/sim/scenario.json"
    replications = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with open(path) as handle:
        scenario = json.load(handle)
    assert scenario["arrivals"].get("kind", "poisson") == "poisson", "reference supports Poisson arrivals"
    counters = Counters()
    started = time.perf_counter()
    cpu_started = time.process_time()
    measured_days = 0.0
    for index in range(replications):
        measured_days += replication(scenario, 1000 + index, counters)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    print(f"events={counters.events}")
    print(f"seconds={seconds:.6f}")
    print(f"cpu_seconds={cpu_seconds:.6f}")
    print(f"events_per_second={counters.events / seconds:.1f}")
    print(f"events_per_cpu_second={counters.events / cpu_seconds:.1f}")
    print(f"mean_wait_days={sum(counters.waits) / max(1, len(counters.waits)):.4f}")
    print(f"occupancy={counters.busy_area / (measured_days * scenario['places']):.4f}")


if __name__ == "__main__":
    main()
