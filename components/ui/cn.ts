// Joins class names, dropping falsy ones: cn("a", cond && "b", { c: flag }).
import { clsx, type ClassValue } from "clsx";

export function cn(...classes: ClassValue[]): string {
  return clsx(classes);
}
