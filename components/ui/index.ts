// The primitives in one import: import { Button, Card, Field } from "@/components/ui".
export { Alert, type AlertProps, type AlertTone } from "./Alert";
export { Badge, type BadgeTone } from "./Badge";
export { Breadcrumbs, type BreadcrumbItem } from "./Breadcrumbs";
export { Button, ButtonLink, buttonClasses, type ButtonProps, type ButtonLinkProps, type ButtonSize, type ButtonVariant } from "./Button";
export { Card, CardBody, CardHeader, CardTitle } from "./Card";
export { cn } from "./cn";
export { EmptyState, type EmptyStateProps } from "./EmptyState";
export { Field, type FieldProps } from "./Field";
export { Input, controlClasses, type InputProps } from "./Input";
export { LoadingPage } from "./LoadingPage";
export { PageHeader, type PageHeaderProps } from "./PageHeader";
export { Pagination, type PaginationProps } from "./Pagination";
export { Select, type SelectProps } from "./Select";
export { Skeleton } from "./Skeleton";
export { StatCard, type StatCardProps, type StatTone } from "./StatCard";
export { StatusBadge, type AssignmentStatus } from "./StatusBadge";
export { Table, TBody, Td, Th, THead, Tr, type TableProps } from "./Table";
export { Textarea, type TextareaProps } from "./Textarea";
