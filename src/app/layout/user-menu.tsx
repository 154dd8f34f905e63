import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';

export function UserMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The sign-in page signs out: leaving the signed-in pages first keeps them from redirecting on their own.
  const signOutAndLeave = () => navigate(paths.signIn.href(), { state: { signOut: true } });
  return (
    <MenuTrigger>
      <Button className="user-menu-button" aria-label={t('userMenu.label', { name })}>
        {name}
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => (key === 'sign-out' ? void signOutAndLeave() : void navigate(paths.profile.href()))}>
          <MenuItem id="profile" className="menu-item">
            {t('userMenu.profile')}
          </MenuItem>
          <MenuItem id="sign-out" className="menu-item">
            {t('userMenu.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
