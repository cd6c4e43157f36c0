/** The toolbar's menus (<details class="menu">) close on a click outside them or on Escape. */
import { useEffect } from "react";

export function useMenusClose(): void {
  useEffect(() => {
    const openMenus = () => [
      ...document.querySelectorAll<HTMLDetailsElement>("details.menu[open]"),
    ];
    const onPointerDown = (event: PointerEvent) => {
      for (const menu of openMenus()) {
        if (!menu.contains(event.target as Node)) menu.open = false;
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const menu of openMenus()) {
        const inside = menu.contains(document.activeElement);
        menu.open = false;
        if (inside) menu.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
