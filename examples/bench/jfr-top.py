#!/usr/bin/env python3
"""Aggregates the execution samples of a JFR recording (issue 23; see RuleCosts).

Usage: jfr print --events jdk.ExecutionSample rec.jfr | python3 jfr-top.py [thread-substring]

Prints the top self frames (the method on top of the stack) and the split of the samples into
phases of a check: each sample goes to the phase of the innermost (nearest the top) frame that
matches one of PHASES, in order of the stack, else to "other".
"""
import collections
import re
import sys

# (phase, substring of a frame); the innermost matching frame of a sample decides.
PHASES = [
    ("consequences (findings built)", "org.nastavnik.rules.Collector"),
    ("consequences (findings built)", "org.nastavnik.rules.Finding"),
    ("consequences (rule then-part)", "defaultpkg.Rules"),
    ("network: rule evaluation (fireAllRules)", "RuleExecutor.fire"),
    ("network: rule evaluation (fireAllRules)", "RuleNetworkEvaluator"),
    ("network: rule evaluation (fireAllRules)", "fireAllRules"),
    ("insert + alpha network", "StatefulKnowledgeSessionImpl.insert"),
    ("insert + alpha network", "NamedEntryPoint.insert"),
    ("fact derivation (facts package)", "org.nastavnik.rules.facts."),
    ("report build + sort", "ComplianceReport"),
    ("session create / dispose", "newKieSession"),
    ("session create / dispose", "newStatelessKieSession"),
    ("session create / dispose", "dispose"),
]

thread_filter = sys.argv[1] if len(sys.argv) > 1 else None
self_counts = collections.Counter()
phase_counts = collections.Counter()
total = 0
frames, thread, in_stack = [], "", False
frame_re = re.compile(r"^\s+([\w$.<>/]+)\(")


def flush():
    global total
    if not frames or (thread_filter and thread_filter not in thread):
        return
    total += 1
    self_counts[frames[0]] += 1
    for f in frames:
        for phase, sub in PHASES:
            if sub in f:
                phase_counts[phase] += 1
                return
    phase_counts["other"] += 1


for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush()
        frames, thread, in_stack = [], "", False
    elif "sampledThread" in line:
        thread = line
    elif "stackTrace = [" in line:
        in_stack = True
    elif in_stack:
        m = frame_re.match(line)
        if m:
            frames.append(m.group(1))
        elif line.strip().startswith("]"):
            in_stack = False
flush()
print(f"{total} samples")
print("| phase | samples | share |\n|---|---:|---:|")
for p, c in phase_counts.most_common():
    print(f"| {p} | {c} | {100.0 * c / max(total, 1):.1f}% |")
print("\n| top self frame | samples | share |\n|---|---:|---:|")
for f, c in self_counts.most_common(40):
    print(f"| {f} | {c} | {100.0 * c / max(total, 1):.1f}% |")
