/** The demo logins of supabase/seed.sql, for `npm start`, the README and the tests. */
export const demoPassword = 'partnership2030';

export const demoUsers = {
  anna: { name: 'Anna Lindqvist', email: 'anna@robertsfors.example', id: '00000000-0000-4000-a000-000000000001', role: 'coordinator, Robertsfors – Machakos' },
  grace: { name: 'Grace Mwende', email: 'grace@machakos.example', id: '00000000-0000-4000-a000-000000000002', role: 'contributor, Robertsfors – Machakos' },
  erik: { name: 'Erik Johansson', email: 'erik@vaxjo.example', id: '00000000-0000-4000-a000-000000000003', role: 'coordinator, Växjö – JB Marks' },
  lina: { name: 'Lina Berg', email: 'lina@ale.example', id: '00000000-0000-4000-a000-000000000004', role: 'coordinator, Ale – Ghanzi' },
  analyst: { name: 'Sara Nilsson', email: 'analyst@icld.example', id: '00000000-0000-4000-a000-000000000005', role: 'analyst' },
  admin: { name: 'Johan Ek', email: 'admin@icld.example', id: '00000000-0000-4000-a000-000000000006', role: 'admin (also coordinates Västerbotten – Yogyakarta)' },
} as const;

export type DemoUser = keyof typeof demoUsers;
