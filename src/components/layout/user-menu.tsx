import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useSignOut } from '@/features/auth/api/sign-out';

export function UserMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  // Leave the signed-in pages first, so that they do not send the visitor to sign in again.
  const signOutAndLeave = async () => {
    await navigate(paths.signIn.href(), { state: { signedOut: true } });
    signOut.mutate();
  };
  return (
    <MenuTrigger>
      <Button className="user-menu-button" aria-label={t('userMenu.label', { name })}>
        {name}
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => key === 'sign-out' && void signOutAndLeave()}>
          <MenuItem id="sign-out" className="menu-item">
            {t('userMenu.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
