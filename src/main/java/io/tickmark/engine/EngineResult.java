package io.tickmark.engine;

import io.tickmark.facts.Check;
import io.tickmark.facts.Finding;

import java.util.List;

/** What the rules concluded about one document. */
public record EngineResult(List<Check> checks, List<Finding> findings) {}
