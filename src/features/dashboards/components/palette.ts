/**
 * Colours of the chart series, from the Okabe–Ito palette that stays distinguishable with colour
 * blindness. Every series is also named in the legend and the table: colour never speaks alone.
 */
export const palette = {
  women: '#CC79A7',
  men: '#0072B2',
  other: '#8C8C8C',
  not_started: '#8C8C8C',
  draft: '#56B4E9',
  submitted: '#E69F00',
  returned: '#D55E00',
  approved: '#009E73',
  participation: '#0072B2',
  transparency: '#E69F00',
  accountability: '#009E73',
  non_discrimination: '#CC79A7',
  inform_include: '#56B4E9',
  set_local_agenda: '#0072B2',
  implement_follow_up: '#009E73',
  progress: '#0072B2',
  activities: '#4D4D4D',
  results: '#8C8C8C',
  partner: '#009E73',
  swedish: '#0072B2',
  both: '#E69F00',
  not_given: '#8C8C8C',
} as const;
