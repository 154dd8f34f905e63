import { useQuery } from '@tanstack/react-query';
import { ProgrammeFiltersForm } from '@/components/form/programme-filters-form';
import { programmeChoicesQuery } from '@/features/programme/api/get-programme-choices';
import { goalsQuery } from '@/lib/sdg/get-goals';
import type { ProgrammeFilters } from '@/lib/programme-filters';

/** The shared filter form with its choices: the partnerships and countries the viewer counts, and the goals. */
export function ProgrammeFilterBar({ filters, label, kept }: { filters: ProgrammeFilters; label: string; kept?: Record<string, string> }) {
  const choices = useQuery(programmeChoicesQuery());
  const goals = useQuery(goalsQuery());
  return <ProgrammeFiltersForm filters={filters} label={label} kept={kept} choices={{ partnerships: choices.data?.partnerships ?? [], countries: choices.data?.countries ?? [], goals: goals.data ?? [] }} />;
}
