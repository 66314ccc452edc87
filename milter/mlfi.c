/*
 * mlfi.c - the production table of smfi_* calls (see mlfi.h).
 */
#include "mlfi.h"

const struct mlfi_ops mlfi_libmilter = {
    .getsymval = smfi_getsymval,
    .getpriv = smfi_getpriv,
    .setpriv = smfi_setpriv,
    .chgheader = smfi_chgheader,
    .addheader = smfi_addheader,
    .replacebody = smfi_replacebody,
    .setreply = smfi_setreply,
    .setsymlist = smfi_setsymlist,
    .insheader = smfi_insheader,
};

const struct mlfi_ops *mlfi = &mlfi_libmilter;

void mlfi_set_ops(const struct mlfi_ops *ops)
{
	mlfi = ops ? ops : &mlfi_libmilter;
}
