/** The two sides of a partnership by their organisations' names, as the members know them. */
export interface SideNames {
  swedish: string;
  partner: string;
}

interface WithOrganisations {
  partnership_organisations: { side: string; organisation: { name: string } }[];
}

export function sideNamesOf(partnership: WithOrganisations): SideNames {
  const namesOf = (side: keyof SideNames) =>
    partnership.partnership_organisations
      .filter((link) => link.side === side)
      .map((link) => link.organisation.name)
      .join(', ');
  return { swedish: namesOf('swedish'), partner: namesOf('partner') };
}
